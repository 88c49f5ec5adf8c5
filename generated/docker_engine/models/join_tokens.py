"""JoinTokens: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class JoinTokens(Model):
    """JoinTokens contains the tokens workers and managers need to join the swarm."""

    worker: str | None = Field(
        default=None, validation_alias="Worker", serialization_alias="Worker"
    )
    """The token workers can use to join the swarm."""

    manager: str | None = Field(
        default=None, validation_alias="Manager", serialization_alias="Manager"
    )
    """The token managers can use to join the swarm."""
