"""IPAMConfig: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class IPAMConfig(Model):
    """IPAMConfig"""

    subnet: str | None = Field(default=None, alias="Subnet")
    """Since API 1.41."""

    ip_range: str | None = Field(default=None, alias="IPRange")
    """Since API 1.41."""

    gateway: str | None = Field(default=None, alias="Gateway")
    """Since API 1.41."""

    auxiliary_addresses: dict[str, str] | None = Field(
        default=None, alias="AuxiliaryAddresses"
    )
    """Since API 1.41."""
