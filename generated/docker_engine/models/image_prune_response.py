"""ImagePruneResponse: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .image_delete_response_item import ImageDeleteResponseItem


class ImagePruneResponse(Model):
    """ImagePruneResponse"""

    images_deleted: list[ImageDeleteResponseItem] | None = Field(
        default=None,
        validation_alias="ImagesDeleted",
        serialization_alias="ImagesDeleted",
    )
    """Images that were deleted"""

    space_reclaimed: int | None = Field(
        default=None,
        validation_alias="SpaceReclaimed",
        serialization_alias="SpaceReclaimed",
    )
    """Disk space reclaimed in bytes"""
