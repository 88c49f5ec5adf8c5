"""EndpointPortConfig: models of the Engine API."""

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import Field
from .._runtime.model import Model, OpenEnum


class EndpointPortConfig(Model):
    """EndpointPortConfig"""

    name: str | None = Field(
        default=None, validation_alias="Name", serialization_alias="Name"
    )

    protocol: Annotated[Literal["tcp", "udp", "sctp"], OpenEnum] | None = Field(
        default=None, validation_alias="Protocol", serialization_alias="Protocol"
    )
    """One of: 'tcp', 'udp', 'sctp' (other values are passed through)."""

    target_port: int | None = Field(
        default=None, validation_alias="TargetPort", serialization_alias="TargetPort"
    )
    """The port inside the container."""

    published_port: int | None = Field(
        default=None,
        validation_alias="PublishedPort",
        serialization_alias="PublishedPort",
    )
    """The port on the swarm hosts."""

    publish_mode: Annotated[Literal["ingress", "host"], OpenEnum] | None = Field(
        default=None, validation_alias="PublishMode", serialization_alias="PublishMode"
    )
    """The mode in which port is published.

    <p><br /></p>

    - "ingress" makes the target port accessible on every node,
      regardless of whether there is a task for the service running on
      that node or not.
    - "host" bypasses the routing mesh and publish the port directly on
      the swarm node where that service is running.

    One of: 'ingress', 'host' (other values are passed through).
    """
