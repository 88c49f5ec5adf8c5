"""VolumeUpdateBody: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .cluster_volume_spec import ClusterVolumeSpec


class VolumeUpdateBody(Model):
    """Volume configuration"""

    spec: ClusterVolumeSpec | None = Field(default=None, alias="Spec")
    """Since API 1.42."""
