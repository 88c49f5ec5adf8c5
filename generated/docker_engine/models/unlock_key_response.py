"""UnlockKeyResponse: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class UnlockKeyResponse(Model):
    """UnlockKeyResponse"""

    unlock_key: str | None = Field(
        default=None, validation_alias="UnlockKey", serialization_alias="UnlockKey"
    )
    """The swarm's unlock key."""
