"""ClusterVolumeSpec: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .cluster_volume_spec_access_mode import ClusterVolumeSpecAccessMode


class ClusterVolumeSpec(Model):
    """Cluster-specific options used to create the volume."""

    group: str | None = Field(default=None, alias="Group")
    """Group defines the volume group of this volume. Volumes belonging to
    the same group can be referred to by group name when creating
    Services.  Referring to a volume by group instructs Swarm to treat
    volumes in that group interchangeably for the purpose of scheduling.
    Volumes with an empty string for a group technically all belong to
    the same, emptystring group.

    Since API 1.42.
    """

    access_mode: ClusterVolumeSpecAccessMode | None = Field(
        default=None, alias="AccessMode"
    )
    """Defines how the volume is used by tasks.

    Since API 1.42.
    """
