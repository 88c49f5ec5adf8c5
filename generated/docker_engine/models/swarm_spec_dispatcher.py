"""SwarmSpecDispatcher: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class SwarmSpecDispatcher(Model):
    """Dispatcher configuration."""

    heartbeat_period: int | None = Field(
        default=None,
        validation_alias="HeartbeatPeriod",
        serialization_alias="HeartbeatPeriod",
    )
    """The delay for an agent to send a heartbeat to the dispatcher."""
