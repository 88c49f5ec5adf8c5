"""SwarmSpecCAConfigExternalCASItem: models of the Engine API."""

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import Field
from .._runtime.model import Model, OpenEnum


class SwarmSpecCAConfigExternalCASItem(Model):
    """SwarmSpecCAConfigExternalCASItem"""

    protocol: Annotated[Literal["cfssl"], OpenEnum] | None = Field(
        default=None, validation_alias="Protocol", serialization_alias="Protocol"
    )
    """Protocol for communication with the external CA (currently
    only `cfssl` is supported).

    One of: 'cfssl' (other values are passed through).
    """

    url: str | None = Field(
        default=None, validation_alias="URL", serialization_alias="URL"
    )
    """URL where certificate signing requests should be sent."""

    options: dict[str, str] | None = Field(
        default=None, validation_alias="Options", serialization_alias="Options"
    )
    """An object with key/value pairs that are interpreted as
    protocol-specific options for the external CA driver.
    """

    ca_cert: str | None = Field(
        default=None, validation_alias="CACert", serialization_alias="CACert"
    )
    """The root CA certificate (in PEM format) this external CA uses
    to issue TLS certificates (assumed to be to the current swarm
    root CA certificate if not provided).
    """
