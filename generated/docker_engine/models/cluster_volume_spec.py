"""ClusterVolumeSpec: models of the Engine API."""

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import Field
from .._runtime.model import Model, OpenEnum
from .cluster_volume_spec_access_mode import ClusterVolumeSpecAccessMode


class ClusterVolumeSpec(Model):
    """Cluster-specific options used to create the volume."""

    group: str | None = Field(
        default=None, validation_alias="Group", serialization_alias="Group"
    )
    """Group defines the volume group of this volume. Volumes belonging to
    the same group can be referred to by group name when creating
    Services.  Referring to a volume by group instructs Swarm to treat
    volumes in that group interchangeably for the purpose of scheduling.
    Volumes with an empty string for a group technically all belong to
    the same, emptystring group.

    Since API 1.42.
    """

    access_mode: ClusterVolumeSpecAccessMode | None = Field(
        default=None, validation_alias="AccessMode", serialization_alias="AccessMode"
    )
    """Defines how the volume is used by tasks.

    Since API 1.42.
    """

    availability: Annotated[Literal["active", "pause", "drain"], OpenEnum] | None = (
        Field(
            default=None,
            validation_alias="Availability",
            serialization_alias="Availability",
        )
    )
    """The availability of the volume for use in tasks.

    One of: 'active', 'pause', 'drain' (other values are passed through).
    """
