"""ServiceUpdateStatus: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ServiceUpdateStatus(Model):
    """The status of a service update."""

    state: str | None = Field(default=None, alias="State")
    """One of: 'updating', 'paused', 'completed' (other values are passed through)."""

    started_at: str | None = Field(default=None, alias="StartedAt")

    completed_at: str | None = Field(default=None, alias="CompletedAt")

    message: str | None = Field(default=None, alias="Message")
