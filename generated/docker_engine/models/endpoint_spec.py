"""EndpointSpec: models of the Engine API."""

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import Field
from .._runtime.model import Model, OpenEnum
from .endpoint_port_config import EndpointPortConfig


class EndpointSpec(Model):
    """Properties that can be configured to access and load balance a service."""

    mode: Annotated[Literal["vip", "dnsrr"], OpenEnum] | None = Field(
        default=None, validation_alias="Mode", serialization_alias="Mode"
    )
    """The mode of resolution to use for internal load balancing between tasks.

    One of: 'vip', 'dnsrr' (other values are passed through).
    """

    ports: list[EndpointPortConfig] | None = Field(
        default=None, validation_alias="Ports", serialization_alias="Ports"
    )
    """List of exposed ports that this service is accessible on from the
    outside. Ports can only be provided if `vip` resolution mode is used.
    """
