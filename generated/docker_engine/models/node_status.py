"""NodeStatus: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .node_state import NodeState


class NodeStatus(Model):
    """NodeStatus represents the status of a node.

    It provides the current status of the node, as seen by the manager.
    """

    state: NodeState | None = Field(default=None, alias="State")
    """Since API 1.32."""

    message: str | None = Field(default=None, alias="Message")
    """Since API 1.32."""

    addr: str | None = Field(default=None, alias="Addr")
    """IP address of the node.

    Since API 1.32.
    """
