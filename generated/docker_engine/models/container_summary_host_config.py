"""ContainerSummaryHostConfig: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ContainerSummaryHostConfig(Model):
    """ContainerSummaryHostConfig"""

    network_mode: str | None = Field(
        default=None, validation_alias="NetworkMode", serialization_alias="NetworkMode"
    )
