"""ManagerStatus: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .reachability import Reachability


class ManagerStatus(Model):
    """ManagerStatus represents the status of a manager.

    It provides the current status of a node's manager component, if the node
    is a manager.
    """

    leader: bool | None = Field(
        default=None, validation_alias="Leader", serialization_alias="Leader"
    )

    reachability: Reachability | None = Field(
        default=None,
        validation_alias="Reachability",
        serialization_alias="Reachability",
    )

    addr: str | None = Field(
        default=None, validation_alias="Addr", serialization_alias="Addr"
    )
    """The IP address and port at which the manager is reachable."""
