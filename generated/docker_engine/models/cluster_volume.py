"""ClusterVolume: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .cluster_volume_info import ClusterVolumeInfo
from .cluster_volume_publish_status_item import ClusterVolumePublishStatusItem
from .cluster_volume_spec import ClusterVolumeSpec
from .object_version import ObjectVersion


class ClusterVolume(Model):
    """Options and information specific to, and only present on, Swarm CSI
    cluster volumes.
    """

    id: str | None = Field(default=None, alias="ID")
    """The Swarm ID of this volume. Because cluster volumes are Swarm
    objects, they have an ID, unlike non-cluster volumes. This ID can
    be used to refer to the Volume instead of the name.

    Since API 1.42.
    """

    version: ObjectVersion | None = Field(default=None, alias="Version")
    """Since API 1.42."""

    created_at: str | None = Field(default=None, alias="CreatedAt")
    """Since API 1.42."""

    updated_at: str | None = Field(default=None, alias="UpdatedAt")
    """Since API 1.42."""

    spec: ClusterVolumeSpec | None = Field(default=None, alias="Spec")
    """Since API 1.42."""

    info: ClusterVolumeInfo | None = Field(default=None, alias="Info")
    """Information about the global status of the volume.

    Since API 1.42.
    """

    publish_status: list[ClusterVolumePublishStatusItem] | None = Field(
        default=None, alias="PublishStatus"
    )
    """The status of the volume as it pertains to its publishing and use on
    specific nodes

    Since API 1.42.
    """
