"""ServiceEndpointVirtualIPSItem: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ServiceEndpointVirtualIPSItem(Model):
    """ServiceEndpointVirtualIPSItem"""

    network_id: str | None = Field(
        default=None, validation_alias="NetworkID", serialization_alias="NetworkID"
    )

    addr: str | None = Field(
        default=None, validation_alias="Addr", serialization_alias="Addr"
    )
