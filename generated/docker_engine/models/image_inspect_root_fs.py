"""ImageInspectRootFS: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ImageInspectRootFS(Model):
    """Information about the image's RootFS, including the layer IDs."""

    type: str = Field(validation_alias="Type", serialization_alias="Type")

    layers: list[str] | None = Field(
        default=None, validation_alias="Layers", serialization_alias="Layers"
    )
