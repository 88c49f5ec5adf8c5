"""NodeSpec: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class NodeSpec(Model):
    """NodeSpec"""

    name: str | None = Field(default=None, alias="Name")
    """Name for the node."""

    labels: dict[str, str] | None = Field(default=None, alias="Labels")
    """User-defined key/value metadata."""

    role: str | None = Field(default=None, alias="Role")
    """Role of the node.

    One of: 'worker', 'manager' (other values are passed through).
    """

    availability: str | None = Field(default=None, alias="Availability")
    """Availability of the node.

    One of: 'active', 'pause', 'drain' (other values are passed through).
    """
