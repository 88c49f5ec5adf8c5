"""PeerInfo: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class PeerInfo(Model):
    """PeerInfo represents one peer of an overlay network."""

    name: str | None = Field(default=None, alias="Name")
    """ID of the peer-node in the Swarm cluster.

    Since API 1.41.
    """

    ip: str | None = Field(default=None, alias="IP")
    """IP-address of the peer-node in the Swarm cluster.

    Since API 1.41.
    """
