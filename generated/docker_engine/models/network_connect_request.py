"""NetworkConnectRequest: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .endpoint_settings import EndpointSettings


class NetworkConnectRequest(Model):
    """NetworkConnectRequest"""

    container: str | None = Field(
        default=None, validation_alias="Container", serialization_alias="Container"
    )
    """The ID or name of the container to connect to the network."""

    endpoint_config: EndpointSettings | None = Field(
        default=None,
        validation_alias="EndpointConfig",
        serialization_alias="EndpointConfig",
    )
