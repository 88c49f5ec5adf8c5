"""SystemInfoDefaultAddressPoolsItem: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class SystemInfoDefaultAddressPoolsItem(Model):
    """SystemInfoDefaultAddressPoolsItem"""

    base: str | None = Field(
        default=None, validation_alias="Base", serialization_alias="Base"
    )
    """The network address in CIDR format"""

    size: int | None = Field(
        default=None, validation_alias="Size", serialization_alias="Size"
    )
    """The network pool size"""
