"""NetworkCreateResponse: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class NetworkCreateResponse(Model):
    """NetworkCreateResponse"""

    id: str | None = Field(
        default=None, validation_alias="Id", serialization_alias="Id"
    )
    """The ID of the created network."""

    warning: str | None = Field(
        default=None, validation_alias="Warning", serialization_alias="Warning"
    )
