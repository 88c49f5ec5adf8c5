"""Network: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .config_reference import ConfigReference
from .ipam import IPAM
from .network_container import NetworkContainer
from .peer_info import PeerInfo


class Network(Model):
    """Network"""

    name: str | None = Field(default=None, alias="Name")
    """Name of the network."""

    id: str | None = Field(default=None, alias="Id")
    """ID that uniquely identifies a network on a single machine."""

    created: str | None = Field(default=None, alias="Created")
    """Date and time at which the network was created in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
    """

    scope: str | None = Field(default=None, alias="Scope")
    """The level at which the network exists (e.g. `swarm` for cluster-wide
    or `local` for machine level)
    """

    driver: str | None = Field(default=None, alias="Driver")
    """The name of the driver used to create the network (e.g. `bridge`,
    `overlay`).
    """

    enable_ipv6: bool | None = Field(default=None, alias="EnableIPv6")
    """Whether the network was created with IPv6 enabled."""

    ipam: IPAM | None = Field(default=None, alias="IPAM")

    internal: bool | None = Field(default=None, alias="Internal")
    """Whether the network is created to only allow internal networking
    connectivity.
    """

    attachable: bool | None = Field(default=None, alias="Attachable")
    """Whether a global / swarm scope network is manually attachable by regular
    containers from workers in swarm mode.

    Since API 1.27.
    """

    ingress: bool | None = Field(default=None, alias="Ingress")
    """Whether the network is providing the routing-mesh for the swarm cluster.

    Since API 1.29.
    """

    config_from: ConfigReference | None = Field(default=None, alias="ConfigFrom")
    """Since API 1.41."""

    config_only: bool | None = Field(default=None, alias="ConfigOnly")
    """Whether the network is a config-only network. Config-only networks are
    placeholder networks for network configurations to be used by other
    networks. Config-only networks cannot be used directly to run containers
    or services.

    Since API 1.41.
    """

    containers: dict[str, NetworkContainer] | None = Field(
        default=None, alias="Containers"
    )
    """Contains endpoints attached to the network."""

    options: dict[str, str] | None = Field(default=None, alias="Options")
    """Network-specific options uses when creating the network."""

    labels: dict[str, str] | None = Field(default=None, alias="Labels")
    """User-defined key/value metadata."""

    peers: list[PeerInfo] | None = Field(default=None, alias="Peers")
    """List of peer nodes for an overlay network. This field is only present
    for overlay networks, and omitted for other network types.

    Since API 1.41.
    """
