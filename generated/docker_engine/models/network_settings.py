"""NetworkSettings: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .address import Address
from .endpoint_settings import EndpointSettings
from .port_map import PortMap


class NetworkSettings(Model):
    """NetworkSettings exposes the network settings in the API"""

    bridge: str | None = Field(default=None, alias="Bridge")
    """Name of the default bridge interface when dockerd's --bridge flag is set."""

    sandbox_id: str | None = Field(default=None, alias="SandboxID")
    """SandboxID uniquely represents a container's network stack.

    Since API 1.32.
    """

    hairpin_mode: bool | None = Field(default=None, alias="HairpinMode")
    """Indicates if hairpin NAT should be enabled on the virtual interface.

    Deprecated: This field is never set and will be removed in a future release.

    Since API 1.32.
    """

    link_local_ipv6_address: str | None = Field(
        default=None, alias="LinkLocalIPv6Address"
    )
    """IPv6 unicast address using the link-local prefix.

    Deprecated: This field is never set and will be removed in a future release.

    Since API 1.32.
    """

    link_local_ipv6_prefix_len: int | None = Field(
        default=None, alias="LinkLocalIPv6PrefixLen"
    )
    """Prefix length of the IPv6 unicast address.

    Deprecated: This field is never set and will be removed in a future release.

    Since API 1.32.
    """

    ports: PortMap | None = Field(default=None, alias="Ports")

    sandbox_key: str | None = Field(default=None, alias="SandboxKey")
    """SandboxKey is the full path of the netns handle

    Since API 1.32.
    """

    secondary_ip_addresses: list[Address] | None = Field(
        default=None, alias="SecondaryIPAddresses"
    )
    """Deprecated: This field is never set and will be removed in a future release.

    Since API 1.32.
    """

    secondary_ipv6_addresses: list[Address] | None = Field(
        default=None, alias="SecondaryIPv6Addresses"
    )
    """Deprecated: This field is never set and will be removed in a future release.

    Since API 1.32.
    """

    endpoint_id: str | None = Field(default=None, alias="EndpointID")
    """EndpointID uniquely represents a service endpoint in a Sandbox.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0

    Since API 1.32.
    """

    gateway: str | None = Field(default=None, alias="Gateway")
    """Gateway address for the default "bridge" network.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0
    """

    global_ipv6_address: str | None = Field(default=None, alias="GlobalIPv6Address")
    """Global IPv6 address for the default "bridge" network.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0

    Since API 1.32.
    """

    global_ipv6_prefix_len: int | None = Field(
        default=None, alias="GlobalIPv6PrefixLen"
    )
    """Mask length of the global IPv6 address.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0

    Since API 1.32.
    """

    ip_address: str | None = Field(default=None, alias="IPAddress")
    """IPv4 address for the default "bridge" network.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0

    Since API 1.32.
    """

    ip_prefix_len: int | None = Field(default=None, alias="IPPrefixLen")
    """Mask length of the IPv4 address.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0
    """

    ipv6_gateway: str | None = Field(default=None, alias="IPv6Gateway")
    """IPv6 gateway address for this network.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0

    Since API 1.32.
    """

    mac_address: str | None = Field(default=None, alias="MacAddress")
    """MAC address for the container on the default "bridge" network.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0
    """

    networks: dict[str, EndpointSettings] | None = Field(default=None, alias="Networks")
    """Information about all networks that the container is connected to.

    Since API 1.32.
    """
