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

    id: str | None = Field(
        default=None, validation_alias="ID", serialization_alias="ID"
    )
    """The Swarm ID of this volume. Because cluster volumes are Swarm
    objects, they have an ID, unlike non-cluster volumes. This ID can
    be used to refer to the Volume instead of the name.
    """

    version: ObjectVersion | None = Field(
        default=None, validation_alias="Version", serialization_alias="Version"
    )

    created_at: str | None = Field(
        default=None, validation_alias="CreatedAt", serialization_alias="CreatedAt"
    )

    updated_at: str | None = Field(
        default=None, validation_alias="UpdatedAt", serialization_alias="UpdatedAt"
    )

    spec: ClusterVolumeSpec | None = Field(
        default=None, validation_alias="Spec", serialization_alias="Spec"
    )

    info: ClusterVolumeInfo | None = Field(
        default=None, validation_alias="Info", serialization_alias="Info"
    )
    """Information about the global status of the volume."""

    publish_status: list[ClusterVolumePublishStatusItem] | None = Field(
        default=None,
        validation_alias="PublishStatus",
        serialization_alias="PublishStatus",
    )
    """The status of the volume as it pertains to its publishing and use on
    specific nodes
    """
