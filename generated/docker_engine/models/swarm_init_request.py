"""SwarmInitRequest: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .swarm_spec import SwarmSpec


class SwarmInitRequest(Model):
    """SwarmInitRequest"""

    listen_addr: str | None = Field(default=None, alias="ListenAddr")
    """Listen address used for inter-manager communication, as well
    as determining the networking interface used for the VXLAN
    Tunnel Endpoint (VTEP). This can either be an address/port
    combination in the form `192.168.1.1:4567`, or an interface
    followed by a port number, like `eth0:4567`. If the port number
    is omitted, the default swarm listening port is used.
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
    network drivers will publish towards other  nodes in order to
    reach the containers running on this node. Using this parameter
    it is possible to separate the container data traffic from the
    management traffic of the cluster.

    Since API 1.30.
    """

    data_path_port: int | None = Field(default=None, alias="DataPathPort")
    """DataPathPort specifies the data path port number for data traffic.
    Acceptable port range is 1024 to 49151.
    if no port is set or is set to 0, default port 4789 will be used.

    Since API 1.40.
    """

    default_addr_pool: list[str] | None = Field(default=None, alias="DefaultAddrPool")
    """Default Address Pool specifies default subnet pools for global
    scope networks.

    Since API 1.39.
    """

    force_new_cluster: bool | None = Field(default=None, alias="ForceNewCluster")
    """Force creation of a new swarm."""

    subnet_size: int | None = Field(default=None, alias="SubnetSize")
    """SubnetSize specifies the subnet size of the networks created
    from the default subnet pool.

    Since API 1.39.
    """

    spec: SwarmSpec | None = Field(default=None, alias="Spec")
