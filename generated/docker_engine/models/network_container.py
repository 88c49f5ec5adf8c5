"""NetworkContainer: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class NetworkContainer(Model):
    """NetworkContainer"""

    name: str | None = Field(default=None, alias="Name")
    """Since API 1.30."""

    endpoint_id: str | None = Field(default=None, alias="EndpointID")

    mac_address: str | None = Field(default=None, alias="MacAddress")

    ipv4_address: str | None = Field(default=None, alias="IPv4Address")

    ipv6_address: str | None = Field(default=None, alias="IPv6Address")
