"""Address: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class Address(Model):
    """Address represents an IPv4 or IPv6 IP address."""

    addr: str | None = Field(
        default=None, validation_alias="Addr", serialization_alias="Addr"
    )
    """IP address."""

    prefix_len: int | None = Field(
        default=None, validation_alias="PrefixLen", serialization_alias="PrefixLen"
    )
    """Mask length of the IP address."""
