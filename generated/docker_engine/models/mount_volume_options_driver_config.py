"""MountVolumeOptionsDriverConfig: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class MountVolumeOptionsDriverConfig(Model):
    """Map of driver specific options"""

    name: str | None = Field(
        default=None, validation_alias="Name", serialization_alias="Name"
    )
    """Name of the driver to use to create the volume."""

    options: dict[str, str] | None = Field(
        default=None, validation_alias="Options", serialization_alias="Options"
    )
    """key/value map of driver specific options."""
