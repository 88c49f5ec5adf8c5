"""MountVolumeOptions: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .mount_volume_options_driver_config import MountVolumeOptionsDriverConfig


class MountVolumeOptions(Model):
    """Optional configuration for the `volume` type."""

    no_copy: bool | None = Field(
        default=None, validation_alias="NoCopy", serialization_alias="NoCopy"
    )
    """Populate volume with data from the target."""

    labels: dict[str, str] | None = Field(
        default=None, validation_alias="Labels", serialization_alias="Labels"
    )
    """User-defined key/value metadata."""

    driver_config: MountVolumeOptionsDriverConfig | None = Field(
        default=None,
        validation_alias="DriverConfig",
        serialization_alias="DriverConfig",
    )
    """Map of driver specific options"""
