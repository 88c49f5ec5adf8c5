"""NetworkDisconnectRequest: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class NetworkDisconnectRequest(Model):
    """NetworkDisconnectRequest"""

    container: str | None = Field(
        default=None, validation_alias="Container", serialization_alias="Container"
    )
    """The ID or name of the container to disconnect from the network."""

    force: bool | None = Field(
        default=None, validation_alias="Force", serialization_alias="Force"
    )
    """Force the container to disconnect from the network."""
