"""ServiceUpdateStatus: models of the Engine API."""

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import Field
from .._runtime.model import Model, OpenEnum


class ServiceUpdateStatus(Model):
    """The status of a service update."""

    state: Annotated[Literal["updating", "paused", "completed"], OpenEnum] | None = (
        Field(default=None, validation_alias="State", serialization_alias="State")
    )
    """One of: 'updating', 'paused', 'completed' (other values are passed through)."""

    started_at: str | None = Field(
        default=None, validation_alias="StartedAt", serialization_alias="StartedAt"
    )

    completed_at: str | None = Field(
        default=None, validation_alias="CompletedAt", serialization_alias="CompletedAt"
    )

    message: str | None = Field(
        default=None, validation_alias="Message", serialization_alias="Message"
    )
