"""BuildPruneResponse: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class BuildPruneResponse(Model):
    """BuildPruneResponse"""

    caches_deleted: list[str] | None = Field(
        default=None,
        validation_alias="CachesDeleted",
        serialization_alias="CachesDeleted",
    )

    space_reclaimed: int | None = Field(
        default=None,
        validation_alias="SpaceReclaimed",
        serialization_alias="SpaceReclaimed",
    )
    """Disk space reclaimed in bytes"""
