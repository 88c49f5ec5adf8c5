"""TaskSpecRestartPolicy: models of the Engine API."""

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import Field
from .._runtime.model import Model, OpenEnum


class TaskSpecRestartPolicy(Model):
    """Specification for the restart policy which applies to containers
    created as part of this service.
    """

    condition: Annotated[Literal["none", "on-failure", "any"], OpenEnum] | None = Field(
        default=None, validation_alias="Condition", serialization_alias="Condition"
    )
    """Condition for restart.

    One of: 'none', 'on-failure', 'any' (other values are passed through).
    """

    delay: int | None = Field(
        default=None, validation_alias="Delay", serialization_alias="Delay"
    )
    """Delay between restart attempts."""

    max_attempts: int | None = Field(
        default=None, validation_alias="MaxAttempts", serialization_alias="MaxAttempts"
    )
    """Maximum attempts to restart a given container before giving up
    (default value is 0, which is ignored).
    """

    window: int | None = Field(
        default=None, validation_alias="Window", serialization_alias="Window"
    )
    """Windows is the time window used to evaluate the restart policy
    (default value is 0, which is unbounded).
    """
