"""BuildPruneResponse: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class BuildPruneResponse(Model):
    """BuildPruneResponse"""

    caches_deleted: list[str] | None = Field(default=None, alias="CachesDeleted")
    """Since API 1.39."""

    space_reclaimed: int | None = Field(default=None, alias="SpaceReclaimed")
    """Disk space reclaimed in bytes

    Since API 1.31.
    """
