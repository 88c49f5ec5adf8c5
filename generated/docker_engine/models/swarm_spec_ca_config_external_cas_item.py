"""SwarmSpecCAConfigExternalCASItem: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class SwarmSpecCAConfigExternalCASItem(Model):
    """SwarmSpecCAConfigExternalCASItem"""

    protocol: str | None = Field(default=None, alias="Protocol")
    """Protocol for communication with the external CA (currently
    only `cfssl` is supported).

    One of: 'cfssl' (other values are passed through).
    """

    url: str | None = Field(default=None, alias="URL")
    """URL where certificate signing requests should be sent."""

    options: dict[str, str] | None = Field(default=None, alias="Options")
    """An object with key/value pairs that are interpreted as
    protocol-specific options for the external CA driver.
    """

    ca_cert: str | None = Field(default=None, alias="CACert")
    """The root CA certificate (in PEM format) this external CA uses
    to issue TLS certificates (assumed to be to the current swarm
    root CA certificate if not provided).

    Since API 1.30.
    """
