"""NetworkCreateResponse: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class NetworkCreateResponse(Model):
    """NetworkCreateResponse"""

    id: str | None = Field(default=None, alias="Id")
    """The ID of the created network."""

    warning: str | None = Field(default=None, alias="Warning")
