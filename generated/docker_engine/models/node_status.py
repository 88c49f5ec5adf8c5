"""NodeStatus: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .node_state import NodeState


class NodeStatus(Model):
    """NodeStatus represents the status of a node.

    It provides the current status of the node, as seen by the manager.
    """

    state: NodeState | None = Field(
        default=None, validation_alias="State", serialization_alias="State"
    )

    message: str | None = Field(
        default=None, validation_alias="Message", serialization_alias="Message"
    )

    addr: str | None = Field(
        default=None, validation_alias="Addr", serialization_alias="Addr"
    )
    """IP address of the node."""
