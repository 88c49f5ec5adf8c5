"""ClusterVolumeSpecAccessModeCapacityRange: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ClusterVolumeSpecAccessModeCapacityRange(Model):
    """The desired capacity that the volume should be created with. If
    empty, the plugin will decide the capacity.
    """

    required_bytes: int | None = Field(default=None, alias="RequiredBytes")
    """The volume must be at least this big. The value of 0
    indicates an unspecified minimum

    Since API 1.42.
    """

    limit_bytes: int | None = Field(default=None, alias="LimitBytes")
    """The volume must not be bigger than this. The value of 0
    indicates an unspecified maximum.

    Since API 1.42.
    """
