"""EventMessage: models of the Engine API."""

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import Field
from .._runtime.model import Model, OpenEnum
from .event_actor import EventActor


class EventMessage(Model):
    """EventMessage represents the information an event contains."""

    type: (
        Annotated[
            Literal[
                "builder",
                "config",
                "container",
                "daemon",
                "image",
                "network",
                "node",
                "plugin",
                "secret",
                "service",
                "volume",
            ],
            OpenEnum,
        ]
        | None
    ) = Field(default=None, validation_alias="Type", serialization_alias="Type")
    """The type of object emitting the event

    One of: 'builder', 'config', 'container', 'daemon', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'volume' (other values are passed through).
    """

    action: str | None = Field(
        default=None, validation_alias="Action", serialization_alias="Action"
    )
    """The type of event"""

    actor: EventActor | None = Field(
        default=None, validation_alias="Actor", serialization_alias="Actor"
    )

    scope: Annotated[Literal["local", "swarm"], OpenEnum] | None = None
    """Scope of the event. Engine events are `local` scope. Cluster (Swarm)
    events are `swarm` scope.

    One of: 'local', 'swarm' (other values are passed through).
    """

    time: int | None = None
    """Timestamp of event"""

    time_nano: int | None = Field(
        default=None, validation_alias="timeNano", serialization_alias="timeNano"
    )
    """Timestamp of event, with nanosecond accuracy"""
