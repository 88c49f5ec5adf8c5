"""Port: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class Port(Model):
    """An open port on a container"""

    ip: str | None = Field(default=None, alias="IP")
    """Host IP address that the container's port is mapped to"""

    private_port: int | None = Field(default=None, alias="PrivatePort")
    """Port on the container"""

    public_port: int | None = Field(default=None, alias="PublicPort")
    """Port exposed on the host"""

    type: str | None = Field(default=None, alias="Type")
    """One of: 'tcp', 'udp', 'sctp' (other values are passed through).

    'sctp' since API 1.37.
    """
