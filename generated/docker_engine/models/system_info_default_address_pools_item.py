"""SystemInfoDefaultAddressPoolsItem: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class SystemInfoDefaultAddressPoolsItem(Model):
    """SystemInfoDefaultAddressPoolsItem"""

    base: str | None = Field(default=None, alias="Base")
    """The network address in CIDR format

    Since API 1.41.
    """

    size: int | None = Field(default=None, alias="Size")
    """The network pool size

    Since API 1.41.
    """
