"""ContainerSummaryNetworkSettings: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .endpoint_settings import EndpointSettings


class ContainerSummaryNetworkSettings(Model):
    """A summary of the container's network settings"""

    networks: dict[str, EndpointSettings] | None = Field(
        default=None, validation_alias="Networks", serialization_alias="Networks"
    )
