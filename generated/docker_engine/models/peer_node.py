"""PeerNode: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class PeerNode(Model):
    """Represents a peer-node in the swarm"""

    node_id: str | None = Field(default=None, alias="NodeID")
    """Unique identifier of for this node in the swarm.

    Since API 1.32.
    """

    addr: str | None = Field(default=None, alias="Addr")
    """IP address and ports at which this node can be reached.

    Since API 1.32.
    """
