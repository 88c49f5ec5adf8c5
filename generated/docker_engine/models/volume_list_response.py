"""VolumeListResponse: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .volume import Volume


class VolumeListResponse(Model):
    """Volume list response"""

    volumes: list[Volume] | None = Field(
        default=None, validation_alias="Volumes", serialization_alias="Volumes"
    )
    """List of volumes"""

    warnings: list[str] | None = Field(
        default=None, validation_alias="Warnings", serialization_alias="Warnings"
    )
    """Warnings that occurred when fetching the list of volumes."""
