"""EndpointPortConfig: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class EndpointPortConfig(Model):
    """EndpointPortConfig"""

    name: str | None = Field(default=None, alias="Name")

    protocol: str | None = Field(default=None, alias="Protocol")
    """One of: 'tcp', 'udp', 'sctp' (other values are passed through).

    'sctp' since API 1.37.
    """

    target_port: int | None = Field(default=None, alias="TargetPort")
    """The port inside the container."""

    published_port: int | None = Field(default=None, alias="PublishedPort")
    """The port on the swarm hosts."""

    publish_mode: str | None = Field(default=None, alias="PublishMode")
    """The mode in which port is published.

    <p><br /></p>

    - "ingress" makes the target port accessible on every node,
      regardless of whether there is a task for the service running on
      that node or not.
    - "host" bypasses the routing mesh and publish the port directly on
      the swarm node where that service is running.

    One of: 'ingress', 'host' (other values are passed through).

    Since API 1.34.
    """
