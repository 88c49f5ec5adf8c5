"""IPAMConfig: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class IPAMConfig(Model):
    """IPAMConfig"""

    subnet: str | None = Field(
        default=None, validation_alias="Subnet", serialization_alias="Subnet"
    )

    ip_range: str | None = Field(
        default=None, validation_alias="IPRange", serialization_alias="IPRange"
    )

    gateway: str | None = Field(
        default=None, validation_alias="Gateway", serialization_alias="Gateway"
    )

    auxiliary_addresses: dict[str, str] | None = Field(
        default=None,
        validation_alias="AuxiliaryAddresses",
        serialization_alias="AuxiliaryAddresses",
    )
