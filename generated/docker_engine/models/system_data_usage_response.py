"""SystemDataUsageResponse: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .build_cache import BuildCache
from .container_summary import ContainerSummary
from .image_summary import ImageSummary
from .volume import Volume


class SystemDataUsageResponse(Model):
    """SystemDataUsageResponse"""

    layers_size: int | None = Field(default=None, alias="LayersSize")

    images: list[ImageSummary] | None = Field(default=None, alias="Images")

    containers: list[ContainerSummary] | None = Field(default=None, alias="Containers")

    volumes: list[Volume] | None = Field(default=None, alias="Volumes")

    build_cache: list[BuildCache] | None = Field(default=None, alias="BuildCache")
    """Since API 1.39."""
