"""ImageDeleteResponseItem: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ImageDeleteResponseItem(Model):
    """ImageDeleteResponseItem"""

    untagged: str | None = Field(
        default=None, validation_alias="Untagged", serialization_alias="Untagged"
    )
    """The image ID of an image that was untagged"""

    deleted: str | None = Field(
        default=None, validation_alias="Deleted", serialization_alias="Deleted"
    )
    """The image ID of an image that was deleted"""
