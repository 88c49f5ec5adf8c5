"""SwarmInfo: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .cluster_info import ClusterInfo
from .local_node_state import LocalNodeState
from .peer_node import PeerNode


class SwarmInfo(Model):
    """Represents generic information about swarm."""

    node_id: str | None = Field(default=None, alias="NodeID")
    """Unique identifier of for this node in the swarm.

    Since API 1.32.
    """

    node_addr: str | None = Field(default=None, alias="NodeAddr")
    """IP address at which this node can be reached by other nodes in the
    swarm.

    Since API 1.32.
    """

    local_node_state: LocalNodeState | None = Field(
        default=None, alias="LocalNodeState"
    )
    """Since API 1.32."""

    control_available: bool | None = Field(default=None, alias="ControlAvailable")
    """Since API 1.32."""

    error: str | None = Field(default=None, alias="Error")
    """Since API 1.32."""

    remote_managers: list[PeerNode] | None = Field(default=None, alias="RemoteManagers")
    """List of ID's and addresses of other managers in the swarm.

    Since API 1.32.
    """

    nodes: int | None = Field(default=None, alias="Nodes")
    """Total number of nodes in the swarm.

    Since API 1.32.
    """

    managers: int | None = Field(default=None, alias="Managers")
    """Total number of managers in the swarm.

    Since API 1.32.
    """

    cluster: ClusterInfo | None = Field(default=None, alias="Cluster")
    """Since API 1.32."""
