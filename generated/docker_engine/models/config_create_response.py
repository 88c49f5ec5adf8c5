"""ConfigCreateResponse: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ConfigCreateResponse(Model):
    """ConfigCreateResponse"""

    id: str = Field(validation_alias="ID", serialization_alias="ID")
    """The ID of the created config."""
