"""PortBinding: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class PortBinding(Model):
    """PortBinding represents a binding between a host IP address and a host
    port.
    """

    host_ip: str | None = Field(
        default=None, validation_alias="HostIp", serialization_alias="HostIp"
    )
    """Host IP address that the container's port is mapped to."""

    host_port: str | None = Field(
        default=None, validation_alias="HostPort", serialization_alias="HostPort"
    )
    """Host port number that the container's port is mapped to."""
