"""EventActor: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class EventActor(Model):
    """Actor describes something that generates events, like a container, network,
    or a volume.
    """

    id: str | None = Field(
        default=None, validation_alias="ID", serialization_alias="ID"
    )
    """The ID of the object emitting the event"""

    attributes: dict[str, str] | None = Field(
        default=None, validation_alias="Attributes", serialization_alias="Attributes"
    )
    """Various key/value attributes of the object, depending on its type."""
