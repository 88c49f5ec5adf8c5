"""EventMessage: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .event_actor import EventActor


class EventMessage(Model):
    """EventMessage represents the information an event contains."""

    type: str | None = Field(default=None, alias="Type")
    """The type of object emitting the event

    One of: 'builder', 'config', 'container', 'daemon', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'volume' (other values are passed through).

    'builder' since API 1.40. 'config' since API 1.40. 'container' since API 1.40. 'daemon' since API 1.40. 'image' since API 1.40. 'network' since API 1.40. 'node' since API 1.40. 'plugin' since API 1.40. 'secret' since API 1.40. 'service' since API 1.40. 'volume' since API 1.40.
    """

    action: str | None = Field(default=None, alias="Action")
    """The type of event"""

    actor: EventActor | None = Field(default=None, alias="Actor")

    scope: str | None = None
    """Scope of the event. Engine events are `local` scope. Cluster (Swarm)
    events are `swarm` scope.

    One of: 'local', 'swarm' (other values are passed through).

    Since API 1.40.
    """

    time: int | None = None
    """Timestamp of event"""

    time_nano: int | None = Field(default=None, alias="timeNano")
    """Timestamp of event, with nanosecond accuracy"""
