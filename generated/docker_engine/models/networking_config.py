"""NetworkingConfig: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .endpoint_settings import EndpointSettings


class NetworkingConfig(Model):
    """NetworkingConfig represents the container's networking configuration for
    each of its interfaces.
    It is used for the networking configs specified in the `docker create`
    and `docker network connect` commands.
    """

    endpoints_config: dict[str, EndpointSettings] | None = Field(
        default=None,
        validation_alias="EndpointsConfig",
        serialization_alias="EndpointsConfig",
    )
    """A mapping of network name to endpoint configuration for that network.
    The endpoint configuration can be left empty to connect to that
    network with no particular endpoint configuration.
    """
