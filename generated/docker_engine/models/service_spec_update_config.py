"""ServiceSpecUpdateConfig: models of the Engine API."""

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import Field
from .._runtime.model import Model, OpenEnum


class ServiceSpecUpdateConfig(Model):
    """Specification for the update strategy of the service."""

    parallelism: int | None = Field(
        default=None, validation_alias="Parallelism", serialization_alias="Parallelism"
    )
    """Maximum number of tasks to be updated in one iteration (0 means
    unlimited parallelism).
    """

    delay: int | None = Field(
        default=None, validation_alias="Delay", serialization_alias="Delay"
    )
    """Amount of time between updates, in nanoseconds."""

    failure_action: (
        Annotated[Literal["continue", "pause", "rollback"], OpenEnum] | None
    ) = Field(
        default=None,
        validation_alias="FailureAction",
        serialization_alias="FailureAction",
    )
    """Action to take if an updated task fails to run, or stops running
    during the update.

    One of: 'continue', 'pause', 'rollback' (other values are passed through).
    """

    monitor: int | None = Field(
        default=None, validation_alias="Monitor", serialization_alias="Monitor"
    )
    """Amount of time to monitor each updated task for failures, in
    nanoseconds.
    """

    max_failure_ratio: float | None = Field(
        default=None,
        validation_alias="MaxFailureRatio",
        serialization_alias="MaxFailureRatio",
    )
    """The fraction of tasks that may fail during an update before the
    failure action is invoked, specified as a floating point number
    between 0 and 1.
    """

    order: Annotated[Literal["stop-first", "start-first"], OpenEnum] | None = Field(
        default=None, validation_alias="Order", serialization_alias="Order"
    )
    """The order of operations when rolling out an updated task. Either
    the old task is shut down before the new task is started, or the
    new task is started before the old task is shut down.

    One of: 'stop-first', 'start-first' (other values are passed through).
    """
