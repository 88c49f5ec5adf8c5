"""NetworkContainer: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class NetworkContainer(Model):
    """NetworkContainer"""

    name: str | None = Field(
        default=None, validation_alias="Name", serialization_alias="Name"
    )

    endpoint_id: str | None = Field(
        default=None, validation_alias="EndpointID", serialization_alias="EndpointID"
    )

    mac_address: str | None = Field(
        default=None, validation_alias="MacAddress", serialization_alias="MacAddress"
    )

    ipv4_address: str | None = Field(
        default=None, validation_alias="IPv4Address", serialization_alias="IPv4Address"
    )

    ipv6_address: str | None = Field(
        default=None, validation_alias="IPv6Address", serialization_alias="IPv6Address"
    )
