"""EndpointIPAMConfig: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class EndpointIPAMConfig(Model):
    """EndpointIPAMConfig represents an endpoint's IPAM configuration."""

    ipv4_address: str | None = Field(
        default=None, validation_alias="IPv4Address", serialization_alias="IPv4Address"
    )

    ipv6_address: str | None = Field(
        default=None, validation_alias="IPv6Address", serialization_alias="IPv6Address"
    )

    link_local_ips: list[str] | None = Field(
        default=None,
        validation_alias="LinkLocalIPs",
        serialization_alias="LinkLocalIPs",
    )
