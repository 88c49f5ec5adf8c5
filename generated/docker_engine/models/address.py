"""Address: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class Address(Model):
    """Address represents an IPv4 or IPv6 IP address."""

    addr: str | None = Field(default=None, alias="Addr")
    """IP address.

    Since API 1.32.
    """

    prefix_len: int | None = Field(default=None, alias="PrefixLen")
    """Mask length of the IP address.

    Since API 1.32.
    """
