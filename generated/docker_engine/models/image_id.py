"""ImageID: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ImageID(Model):
    """Image ID or Digest"""

    id: str | None = Field(
        default=None, validation_alias="ID", serialization_alias="ID"
    )
