"""IPAMConfig: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class IPAMConfig(Model):
    """IPAMConfig"""

    subnet: str | None = Field(default=None, alias="Subnet")

    ip_range: str | None = Field(default=None, alias="IPRange")

    gateway: str | None = Field(default=None, alias="Gateway")

    auxiliary_addresses: dict[str, str] | None = Field(
        default=None, alias="AuxiliaryAddresses"
    )
