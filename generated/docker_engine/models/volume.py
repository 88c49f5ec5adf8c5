"""Volume: models of the Engine API."""

from __future__ import annotations

from typing import Any
from pydantic import Field
from .._runtime.model import Model
from .cluster_volume import ClusterVolume
from .volume_usage_data import VolumeUsageData


class Volume(Model):
    """Volume"""

    name: str | None = Field(default=None, alias="Name")
    """Name of the volume."""

    driver: str | None = Field(default=None, alias="Driver")
    """Name of the volume driver used by the volume."""

    mountpoint: str | None = Field(default=None, alias="Mountpoint")
    """Mount path of the volume on the host."""

    created_at: str | None = Field(default=None, alias="CreatedAt")
    """Date/Time the volume was created.

    Since API 1.31.
    """

    status: dict[str, dict[str, Any]] | None = Field(default=None, alias="Status")
    """Low-level details about the volume, provided by the volume driver.
    Details are returned as a map with key/value pairs:
    `{"key":"value","key2":"value2"}`.

    The `Status` field is optional, and is omitted if the volume driver
    does not support this feature.
    """

    labels: dict[str, str] | None = Field(default=None, alias="Labels")
    """User-defined key/value metadata."""

    scope: str | None = Field(default=None, alias="Scope")
    """The level at which the volume exists. Either `global` for cluster-wide,
    or `local` for machine level.

    One of: 'local', 'global' (other values are passed through).
    """

    cluster_volume: ClusterVolume | None = Field(default=None, alias="ClusterVolume")
    """Since API 1.42."""

    options: dict[str, str] | None = Field(default=None, alias="Options")
    """The driver specific options used when creating the volume."""

    usage_data: VolumeUsageData | None = Field(default=None, alias="UsageData")
    """Usage details about the volume. This information is used by the
    `GET /system/df` endpoint, and omitted in other endpoints.
    """
