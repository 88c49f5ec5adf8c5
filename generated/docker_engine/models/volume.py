"""Volume: models of the Engine API."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from pydantic import Field
from .._runtime.model import Model, NullAsEmptyMap, OpenEnum
from .cluster_volume import ClusterVolume
from .volume_usage_data import VolumeUsageData


class Volume(Model):
    """Volume"""

    name: str = Field(validation_alias="Name", serialization_alias="Name")
    """Name of the volume."""

    driver: str = Field(validation_alias="Driver", serialization_alias="Driver")
    """Name of the volume driver used by the volume."""

    mountpoint: str = Field(
        validation_alias="Mountpoint", serialization_alias="Mountpoint"
    )
    """Mount path of the volume on the host."""

    created_at: str | None = Field(
        default=None, validation_alias="CreatedAt", serialization_alias="CreatedAt"
    )
    """Date/Time the volume was created."""

    status: dict[str, dict[str, Any]] | None = Field(
        default=None, validation_alias="Status", serialization_alias="Status"
    )
    """Low-level details about the volume, provided by the volume driver.
    Details are returned as a map with key/value pairs:
    `{"key":"value","key2":"value2"}`.

    The `Status` field is optional, and is omitted if the volume driver
    does not support this feature.
    """

    labels: Annotated[dict[str, str], NullAsEmptyMap] = Field(
        validation_alias="Labels", serialization_alias="Labels"
    )
    """User-defined key/value metadata."""

    scope: Annotated[Literal["local", "global"], OpenEnum] = Field(
        validation_alias="Scope", serialization_alias="Scope"
    )
    """The level at which the volume exists. Either `global` for cluster-wide,
    or `local` for machine level.

    One of: 'local', 'global' (other values are passed through).
    """

    cluster_volume: ClusterVolume | None = Field(
        default=None,
        validation_alias="ClusterVolume",
        serialization_alias="ClusterVolume",
    )

    options: Annotated[dict[str, str], NullAsEmptyMap] = Field(
        validation_alias="Options", serialization_alias="Options"
    )
    """The driver specific options used when creating the volume."""

    usage_data: VolumeUsageData | None = Field(
        default=None, validation_alias="UsageData", serialization_alias="UsageData"
    )
    """Usage details about the volume. This information is used by the
    `GET /system/df` endpoint, and omitted in other endpoints.
    """
