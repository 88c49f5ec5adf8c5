"""EndpointSettings: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .endpoint_ipam_config import EndpointIPAMConfig


class EndpointSettings(Model):
    """Configuration for a network endpoint."""

    ipam_config: EndpointIPAMConfig | None = Field(
        default=None, validation_alias="IPAMConfig", serialization_alias="IPAMConfig"
    )

    links: list[str] | None = Field(
        default=None, validation_alias="Links", serialization_alias="Links"
    )

    mac_address: str | None = Field(
        default=None, validation_alias="MacAddress", serialization_alias="MacAddress"
    )
    """MAC address for the endpoint on this network. The network driver might ignore this parameter."""

    aliases: list[str] | None = Field(
        default=None, validation_alias="Aliases", serialization_alias="Aliases"
    )

    network_id: str | None = Field(
        default=None, validation_alias="NetworkID", serialization_alias="NetworkID"
    )
    """Unique ID of the network."""

    endpoint_id: str | None = Field(
        default=None, validation_alias="EndpointID", serialization_alias="EndpointID"
    )
    """Unique ID for the service endpoint in a Sandbox."""

    gateway: str | None = Field(
        default=None, validation_alias="Gateway", serialization_alias="Gateway"
    )
    """Gateway address for this network."""

    ip_address: str | None = Field(
        default=None, validation_alias="IPAddress", serialization_alias="IPAddress"
    )
    """IPv4 address."""

    ip_prefix_len: int | None = Field(
        default=None, validation_alias="IPPrefixLen", serialization_alias="IPPrefixLen"
    )
    """Mask length of the IPv4 address."""

    ipv6_gateway: str | None = Field(
        default=None, validation_alias="IPv6Gateway", serialization_alias="IPv6Gateway"
    )
    """IPv6 gateway address."""

    global_ipv6_address: str | None = Field(
        default=None,
        validation_alias="GlobalIPv6Address",
        serialization_alias="GlobalIPv6Address",
    )
    """Global IPv6 address."""

    global_ipv6_prefix_len: int | None = Field(
        default=None,
        validation_alias="GlobalIPv6PrefixLen",
        serialization_alias="GlobalIPv6PrefixLen",
    )
    """Mask length of the global IPv6 address."""

    driver_opts: dict[str, str] | None = Field(
        default=None, validation_alias="DriverOpts", serialization_alias="DriverOpts"
    )
    """DriverOpts is a mapping of driver options and values. These options
    are passed directly to the driver and are driver specific.
    """

    dns_names: list[str] | None = Field(
        default=None, validation_alias="DNSNames", serialization_alias="DNSNames"
    )
    """List of all DNS names an endpoint has on a specific network. This
    list is based on the container name, network aliases, container short
    ID, and hostname.

    These DNS names are non-fully qualified but can contain several dots.
    You can get fully qualified DNS names by appending `.<network-name>`.
    For instance, if container name is `my.ctr` and the network is named
    `testnet`, `DNSNames` will contain `my.ctr` and the FQDN will be
    `my.ctr.testnet`.
    """
