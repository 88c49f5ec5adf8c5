"""SwarmJoinRequest: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class SwarmJoinRequest(Model):
    """SwarmJoinRequest"""

    listen_addr: str | None = Field(default=None, alias="ListenAddr")
    """Listen address used for inter-manager communication if the node
    gets promoted to manager, as well as determining the networking
    interface used for the VXLAN Tunnel Endpoint (VTEP). This is
    required for joining a swarm. If the port number is omitted,
    the default swarm listening port is used.
    """

    advertise_addr: str | None = Field(default=None, alias="AdvertiseAddr")
    """Externally reachable address advertised to other nodes. This
    can either be an address/port combination in the form
    `192.168.1.1:4567`, or an interface followed by a port number,
    like `eth0:4567`. If the port number is omitted, the port
    number from the listen address is used. If `AdvertiseAddr` is
    not specified, it will be automatically detected when possible.
    """

    data_path_addr: str | None = Field(default=None, alias="DataPathAddr")
    """Address or interface to use for data path traffic (format:
    `<ip|interface>`), for example,  `192.168.1.1`, or an interface,
    like `eth0`. If `DataPathAddr` is unspecified, the same address
    as `AdvertiseAddr` is used.

    The `DataPathAddr` specifies the address that global scope
    network drivers will publish towards other nodes in order to
    reach the containers running on this node. Using this parameter
    it is possible to separate the container data traffic from the
    management traffic of the cluster.

    Since API 1.30.
    """

    remote_addrs: list[str] | None = Field(default=None, alias="RemoteAddrs")
    """Addresses of manager nodes already participating in the swarm."""

    join_token: str | None = Field(default=None, alias="JoinToken")
    """Secret token for joining this swarm."""
