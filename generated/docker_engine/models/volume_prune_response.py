"""VolumePruneResponse: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class VolumePruneResponse(Model):
    """VolumePruneResponse"""

    volumes_deleted: list[str] | None = Field(
        default=None,
        validation_alias="VolumesDeleted",
        serialization_alias="VolumesDeleted",
    )
    """Volumes that were deleted"""

    space_reclaimed: int | None = Field(
        default=None,
        validation_alias="SpaceReclaimed",
        serialization_alias="SpaceReclaimed",
    )
    """Disk space reclaimed in bytes"""
