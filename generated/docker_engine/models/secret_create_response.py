"""SecretCreateResponse: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class SecretCreateResponse(Model):
    """SecretCreateResponse"""

    id: str = Field(validation_alias="ID", serialization_alias="ID")
    """The ID of the created secret."""
