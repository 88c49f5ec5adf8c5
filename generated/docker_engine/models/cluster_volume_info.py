"""ClusterVolumeInfo: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .topology import Topology


class ClusterVolumeInfo(Model):
    """Information about the global status of the volume."""

    capacity_bytes: int | None = Field(
        default=None,
        validation_alias="CapacityBytes",
        serialization_alias="CapacityBytes",
    )
    """The capacity of the volume in bytes. A value of 0 indicates that
    the capacity is unknown.
    """

    volume_context: dict[str, str] | None = Field(
        default=None,
        validation_alias="VolumeContext",
        serialization_alias="VolumeContext",
    )
    """A map of strings to strings returned from the storage plugin when
    the volume is created.
    """

    volume_id: str | None = Field(
        default=None, validation_alias="VolumeID", serialization_alias="VolumeID"
    )
    """The ID of the volume as returned by the CSI storage plugin. This
    is distinct from the volume's ID as provided by Docker. This ID
    is never used by the user when communicating with Docker to refer
    to this volume. If the ID is blank, then the Volume has not been
    successfully created in the plugin yet.
    """

    accessible_topology: list[Topology] | None = Field(
        default=None,
        validation_alias="AccessibleTopology",
        serialization_alias="AccessibleTopology",
    )
    """The topology this volume is actually accessible from."""
