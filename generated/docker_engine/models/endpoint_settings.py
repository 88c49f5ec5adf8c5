"""EndpointSettings: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .endpoint_ipam_config import EndpointIPAMConfig


class EndpointSettings(Model):
    """Configuration for a network endpoint."""

    ipam_config: EndpointIPAMConfig | None = Field(default=None, alias="IPAMConfig")

    links: list[str] | None = Field(default=None, alias="Links")

    mac_address: str | None = Field(default=None, alias="MacAddress")
    """MAC address for the endpoint on this network. The network driver might ignore this parameter."""

    aliases: list[str] | None = Field(default=None, alias="Aliases")

    network_id: str | None = Field(default=None, alias="NetworkID")
    """Unique ID of the network."""

    endpoint_id: str | None = Field(default=None, alias="EndpointID")
    """Unique ID for the service endpoint in a Sandbox."""

    gateway: str | None = Field(default=None, alias="Gateway")
    """Gateway address for this network."""

    ip_address: str | None = Field(default=None, alias="IPAddress")
    """IPv4 address."""

    ip_prefix_len: int | None = Field(default=None, alias="IPPrefixLen")
    """Mask length of the IPv4 address."""

    ipv6_gateway: str | None = Field(default=None, alias="IPv6Gateway")
    """IPv6 gateway address."""

    global_ipv6_address: str | None = Field(default=None, alias="GlobalIPv6Address")
    """Global IPv6 address."""

    global_ipv6_prefix_len: int | None = Field(
        default=None, alias="GlobalIPv6PrefixLen"
    )
    """Mask length of the global IPv6 address."""

    driver_opts: dict[str, str] | None = Field(default=None, alias="DriverOpts")
    """DriverOpts is a mapping of driver options and values. These options
    are passed directly to the driver and are driver specific.

    Since API 1.32.
    """

    dns_names: list[str] | None = Field(default=None, alias="DNSNames")
    """List of all DNS names an endpoint has on a specific network. This
    list is based on the container name, network aliases, container short
    ID, and hostname.

    These DNS names are non-fully qualified but can contain several dots.
    You can get fully qualified DNS names by appending `.<network-name>`.
    For instance, if container name is `my.ctr` and the network is named
    `testnet`, `DNSNames` will contain `my.ctr` and the FQDN will be
    `my.ctr.testnet`.

    Since API 1.44.
    """
