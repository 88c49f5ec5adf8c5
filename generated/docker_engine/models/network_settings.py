"""NetworkSettings: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .address import Address
from .endpoint_settings import EndpointSettings
from .port_map import PortMap


class NetworkSettings(Model):
    """NetworkSettings exposes the network settings in the API"""

    bridge: str | None = Field(
        default=None, validation_alias="Bridge", serialization_alias="Bridge"
    )
    """Name of the default bridge interface when dockerd's --bridge flag is set."""

    sandbox_id: str | None = Field(
        default=None, validation_alias="SandboxID", serialization_alias="SandboxID"
    )
    """SandboxID uniquely represents a container's network stack."""

    hairpin_mode: bool | None = Field(
        default=None, validation_alias="HairpinMode", serialization_alias="HairpinMode"
    )
    """Indicates if hairpin NAT should be enabled on the virtual interface.

    Deprecated: This field is never set and will be removed in a future release.
    """

    link_local_ipv6_address: str | None = Field(
        default=None,
        validation_alias="LinkLocalIPv6Address",
        serialization_alias="LinkLocalIPv6Address",
    )
    """IPv6 unicast address using the link-local prefix.

    Deprecated: This field is never set and will be removed in a future release.
    """

    link_local_ipv6_prefix_len: int | None = Field(
        default=None,
        validation_alias="LinkLocalIPv6PrefixLen",
        serialization_alias="LinkLocalIPv6PrefixLen",
    )
    """Prefix length of the IPv6 unicast address.

    Deprecated: This field is never set and will be removed in a future release.
    """

    ports: PortMap | None = Field(
        default=None, validation_alias="Ports", serialization_alias="Ports"
    )

    sandbox_key: str | None = Field(
        default=None, validation_alias="SandboxKey", serialization_alias="SandboxKey"
    )
    """SandboxKey is the full path of the netns handle"""

    secondary_ip_addresses: list[Address] | None = Field(
        default=None,
        validation_alias="SecondaryIPAddresses",
        serialization_alias="SecondaryIPAddresses",
    )
    """Deprecated: This field is never set and will be removed in a future release."""

    secondary_ipv6_addresses: list[Address] | None = Field(
        default=None,
        validation_alias="SecondaryIPv6Addresses",
        serialization_alias="SecondaryIPv6Addresses",
    )
    """Deprecated: This field is never set and will be removed in a future release."""

    endpoint_id: str | None = Field(
        default=None, validation_alias="EndpointID", serialization_alias="EndpointID"
    )
    """EndpointID uniquely represents a service endpoint in a Sandbox.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0
    """

    gateway: str | None = Field(
        default=None, validation_alias="Gateway", serialization_alias="Gateway"
    )
    """Gateway address for the default "bridge" network.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0
    """

    global_ipv6_address: str | None = Field(
        default=None,
        validation_alias="GlobalIPv6Address",
        serialization_alias="GlobalIPv6Address",
    )
    """Global IPv6 address for the default "bridge" network.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0
    """

    global_ipv6_prefix_len: int | None = Field(
        default=None,
        validation_alias="GlobalIPv6PrefixLen",
        serialization_alias="GlobalIPv6PrefixLen",
    )
    """Mask length of the global IPv6 address.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0
    """

    ip_address: str | None = Field(
        default=None, validation_alias="IPAddress", serialization_alias="IPAddress"
    )
    """IPv4 address for the default "bridge" network.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0
    """

    ip_prefix_len: int | None = Field(
        default=None, validation_alias="IPPrefixLen", serialization_alias="IPPrefixLen"
    )
    """Mask length of the IPv4 address.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0
    """

    ipv6_gateway: str | None = Field(
        default=None, validation_alias="IPv6Gateway", serialization_alias="IPv6Gateway"
    )
    """IPv6 gateway address for this network.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0
    """

    mac_address: str | None = Field(
        default=None, validation_alias="MacAddress", serialization_alias="MacAddress"
    )
    """MAC address for the container on the default "bridge" network.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when attached to the
    > default "bridge" network. Use the information from the "bridge"
    > network inside the `Networks` map instead, which contains the same
    > information. This field was deprecated in Docker 1.9 and is scheduled
    > to be removed in Docker 17.12.0
    """

    networks: dict[str, EndpointSettings] | None = Field(
        default=None, validation_alias="Networks", serialization_alias="Networks"
    )
    """Information about all networks that the container is connected to."""
