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

    leader: bool | None = Field(default=None, alias="Leader")
    """Since API 1.32."""

    reachability: Reachability | None = Field(default=None, alias="Reachability")
    """Since API 1.32."""

    addr: str | None = Field(default=None, alias="Addr")
    """The IP address and port at which the manager is reachable.

    Since API 1.32.
    """
