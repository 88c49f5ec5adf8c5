"""ServiceEndpointVirtualIPSItem: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ServiceEndpointVirtualIPSItem(Model):
    """ServiceEndpointVirtualIPSItem"""

    network_id: str | None = Field(default=None, alias="NetworkID")

    addr: str | None = Field(default=None, alias="Addr")
