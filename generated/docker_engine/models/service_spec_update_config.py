"""ServiceSpecUpdateConfig: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ServiceSpecUpdateConfig(Model):
    """Specification for the update strategy of the service."""

    parallelism: int | None = Field(default=None, alias="Parallelism")
    """Maximum number of tasks to be updated in one iteration (0 means
    unlimited parallelism).
    """

    delay: int | None = Field(default=None, alias="Delay")
    """Amount of time between updates, in nanoseconds."""

    failure_action: str | None = Field(default=None, alias="FailureAction")
    """Action to take if an updated task fails to run, or stops running
    during the update.

    One of: 'continue', 'pause', 'rollback' (other values are passed through).

    'rollback' since API 1.28.
    """

    monitor: int | None = Field(default=None, alias="Monitor")
    """Amount of time to monitor each updated task for failures, in
    nanoseconds.
    """

    max_failure_ratio: float | None = Field(default=None, alias="MaxFailureRatio")
    """The fraction of tasks that may fail during an update before the
    failure action is invoked, specified as a floating point number
    between 0 and 1.
    """

    order: str | None = Field(default=None, alias="Order")
    """The order of operations when rolling out an updated task. Either
    the old task is shut down before the new task is started, or the
    new task is started before the old task is shut down.

    One of: 'stop-first', 'start-first' (other values are passed through).

    Since API 1.29.
    """
