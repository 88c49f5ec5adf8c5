"""VolumeCreateOptions: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .cluster_volume_spec import ClusterVolumeSpec


class VolumeCreateOptions(Model):
    """Volume configuration"""

    name: str | None = Field(default=None, alias="Name")
    """The new volume's name. If not specified, Docker generates a name."""

    driver: str | None = Field(default=None, alias="Driver")
    """Name of the volume driver to use."""

    driver_opts: dict[str, str] | None = Field(default=None, alias="DriverOpts")
    """A mapping of driver options and values. These options are
    passed directly to the driver and are driver specific.
    """

    labels: dict[str, str] | None = Field(default=None, alias="Labels")
    """User-defined key/value metadata."""

    cluster_volume_spec: ClusterVolumeSpec | None = Field(
        default=None, alias="ClusterVolumeSpec"
    )
    """Since API 1.42."""
