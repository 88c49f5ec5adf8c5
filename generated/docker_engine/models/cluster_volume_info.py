"""ClusterVolumeInfo: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .topology import Topology


class ClusterVolumeInfo(Model):
    """Information about the global status of the volume."""

    capacity_bytes: int | None = Field(default=None, alias="CapacityBytes")
    """The capacity of the volume in bytes. A value of 0 indicates that
    the capacity is unknown.

    Since API 1.42.
    """

    volume_context: dict[str, str] | None = Field(default=None, alias="VolumeContext")
    """A map of strings to strings returned from the storage plugin when
    the volume is created.

    Since API 1.42.
    """

    volume_id: str | None = Field(default=None, alias="VolumeID")
    """The ID of the volume as returned by the CSI storage plugin. This
    is distinct from the volume's ID as provided by Docker. This ID
    is never used by the user when communicating with Docker to refer
    to this volume. If the ID is blank, then the Volume has not been
    successfully created in the plugin yet.

    Since API 1.42.
    """

    accessible_topology: list[Topology] | None = Field(
        default=None, alias="AccessibleTopology"
    )
    """The topology this volume is actually accessible from.

    Since API 1.42.
    """
