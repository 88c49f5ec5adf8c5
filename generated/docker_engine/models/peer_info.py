"""PeerInfo: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class PeerInfo(Model):
    """PeerInfo represents one peer of an overlay network."""

    name: str | None = Field(
        default=None, validation_alias="Name", serialization_alias="Name"
    )
    """ID of the peer-node in the Swarm cluster."""

    ip: str | None = Field(
        default=None, validation_alias="IP", serialization_alias="IP"
    )
    """IP-address of the peer-node in the Swarm cluster."""
