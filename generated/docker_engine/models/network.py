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

    name: str | None = Field(
        default=None, validation_alias="Name", serialization_alias="Name"
    )
    """Name of the network."""

    id: str | None = Field(
        default=None, validation_alias="Id", serialization_alias="Id"
    )
    """ID that uniquely identifies a network on a single machine."""

    created: str | None = Field(
        default=None, validation_alias="Created", serialization_alias="Created"
    )
    """Date and time at which the network was created in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
    """

    scope: str | None = Field(
        default=None, validation_alias="Scope", serialization_alias="Scope"
    )
    """The level at which the network exists (e.g. `swarm` for cluster-wide
    or `local` for machine level)
    """

    driver: str | None = Field(
        default=None, validation_alias="Driver", serialization_alias="Driver"
    )
    """The name of the driver used to create the network (e.g. `bridge`,
    `overlay`).
    """

    enable_ipv6: bool | None = Field(
        default=None, validation_alias="EnableIPv6", serialization_alias="EnableIPv6"
    )
    """Whether the network was created with IPv6 enabled."""

    ipam: IPAM | None = Field(
        default=None, validation_alias="IPAM", serialization_alias="IPAM"
    )

    internal: bool | None = Field(
        default=None, validation_alias="Internal", serialization_alias="Internal"
    )
    """Whether the network is created to only allow internal networking
    connectivity.
    """

    attachable: bool | None = Field(
        default=None, validation_alias="Attachable", serialization_alias="Attachable"
    )
    """Whether a global / swarm scope network is manually attachable by regular
    containers from workers in swarm mode.
    """

    ingress: bool | None = Field(
        default=None, validation_alias="Ingress", serialization_alias="Ingress"
    )
    """Whether the network is providing the routing-mesh for the swarm cluster."""

    config_from: ConfigReference | None = Field(
        default=None, validation_alias="ConfigFrom", serialization_alias="ConfigFrom"
    )

    config_only: bool | None = Field(
        default=None, validation_alias="ConfigOnly", serialization_alias="ConfigOnly"
    )
    """Whether the network is a config-only network. Config-only networks are
    placeholder networks for network configurations to be used by other
    networks. Config-only networks cannot be used directly to run containers
    or services.
    """

    containers: dict[str, NetworkContainer] | None = Field(
        default=None, validation_alias="Containers", serialization_alias="Containers"
    )
    """Contains endpoints attached to the network."""

    options: dict[str, str] | None = Field(
        default=None, validation_alias="Options", serialization_alias="Options"
    )
    """Network-specific options uses when creating the network."""

    labels: dict[str, str] | None = Field(
        default=None, validation_alias="Labels", serialization_alias="Labels"
    )
    """User-defined key/value metadata."""

    peers: list[PeerInfo] | None = Field(
        default=None, validation_alias="Peers", serialization_alias="Peers"
    )
    """List of peer nodes for an overlay network. This field is only present
    for overlay networks, and omitted for other network types.
    """
