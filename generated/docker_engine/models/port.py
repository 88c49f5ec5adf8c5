"""Port: models of the Engine API."""

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import Field
from .._runtime.model import Model, OpenEnum


class Port(Model):
    """An open port on a container"""

    ip: str | None = Field(
        default=None, validation_alias="IP", serialization_alias="IP"
    )
    """Host IP address that the container's port is mapped to"""

    private_port: int = Field(
        validation_alias="PrivatePort", serialization_alias="PrivatePort"
    )
    """Port on the container"""

    public_port: int | None = Field(
        default=None, validation_alias="PublicPort", serialization_alias="PublicPort"
    )
    """Port exposed on the host"""

    type: Annotated[Literal["tcp", "udp", "sctp"], OpenEnum] = Field(
        validation_alias="Type", serialization_alias="Type"
    )
    """One of: 'tcp', 'udp', 'sctp' (other values are passed through)."""
