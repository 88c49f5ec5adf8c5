"""TaskSpecRestartPolicy: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class TaskSpecRestartPolicy(Model):
    """Specification for the restart policy which applies to containers
    created as part of this service.
    """

    condition: str | None = Field(default=None, alias="Condition")
    """Condition for restart.

    One of: 'none', 'on-failure', 'any' (other values are passed through).
    """

    delay: int | None = Field(default=None, alias="Delay")
    """Delay between restart attempts."""

    max_attempts: int | None = Field(default=None, alias="MaxAttempts")
    """Maximum attempts to restart a given container before giving up
    (default value is 0, which is ignored).
    """

    window: int | None = Field(default=None, alias="Window")
    """Windows is the time window used to evaluate the restart policy
    (default value is 0, which is unbounded).
    """
