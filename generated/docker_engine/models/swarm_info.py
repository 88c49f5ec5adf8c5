"""SwarmInfo: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .cluster_info import ClusterInfo
from .local_node_state import LocalNodeState
from .peer_node import PeerNode


class SwarmInfo(Model):
    """Represents generic information about swarm."""

    node_id: str | None = Field(
        default=None, validation_alias="NodeID", serialization_alias="NodeID"
    )
    """Unique identifier of for this node in the swarm."""

    node_addr: str | None = Field(
        default=None, validation_alias="NodeAddr", serialization_alias="NodeAddr"
    )
    """IP address at which this node can be reached by other nodes in the
    swarm.
    """

    local_node_state: LocalNodeState | None = Field(
        default=None,
        validation_alias="LocalNodeState",
        serialization_alias="LocalNodeState",
    )

    control_available: bool | None = Field(
        default=None,
        validation_alias="ControlAvailable",
        serialization_alias="ControlAvailable",
    )

    error: str | None = Field(
        default=None, validation_alias="Error", serialization_alias="Error"
    )

    remote_managers: list[PeerNode] | None = Field(
        default=None,
        validation_alias="RemoteManagers",
        serialization_alias="RemoteManagers",
    )
    """List of ID's and addresses of other managers in the swarm."""

    nodes: int | None = Field(
        default=None, validation_alias="Nodes", serialization_alias="Nodes"
    )
    """Total number of nodes in the swarm."""

    managers: int | None = Field(
        default=None, validation_alias="Managers", serialization_alias="Managers"
    )
    """Total number of managers in the swarm."""

    cluster: ClusterInfo | None = Field(
        default=None, validation_alias="Cluster", serialization_alias="Cluster"
    )
