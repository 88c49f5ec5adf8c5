"""NodeSpec: models of the Engine API."""

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import Field
from .._runtime.model import Model, OpenEnum


class NodeSpec(Model):
    """NodeSpec"""

    name: str | None = Field(
        default=None, validation_alias="Name", serialization_alias="Name"
    )
    """Name for the node."""

    labels: dict[str, str] | None = Field(
        default=None, validation_alias="Labels", serialization_alias="Labels"
    )
    """User-defined key/value metadata."""

    role: Annotated[Literal["worker", "manager"], OpenEnum] | None = Field(
        default=None, validation_alias="Role", serialization_alias="Role"
    )
    """Role of the node.

    One of: 'worker', 'manager' (other values are passed through).
    """

    availability: Annotated[Literal["active", "pause", "drain"], OpenEnum] | None = (
        Field(
            default=None,
            validation_alias="Availability",
            serialization_alias="Availability",
        )
    )
    """Availability of the node.

    One of: 'active', 'pause', 'drain' (other values are passed through).
    """
