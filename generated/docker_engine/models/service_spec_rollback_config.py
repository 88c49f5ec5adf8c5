"""ServiceSpecRollbackConfig: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ServiceSpecRollbackConfig(Model):
    """Specification for the rollback strategy of the service."""

    parallelism: int | None = Field(default=None, alias="Parallelism")
    """Maximum number of tasks to be rolled back in one iteration (0 means
    unlimited parallelism).

    Since API 1.28.
    """

    delay: int | None = Field(default=None, alias="Delay")
    """Amount of time between rollback iterations, in nanoseconds.

    Since API 1.28.
    """

    failure_action: str | None = Field(default=None, alias="FailureAction")
    """Action to take if an rolled back task fails to run, or stops
    running during the rollback.

    One of: 'continue', 'pause' (other values are passed through).

    Since API 1.28.
    """

    monitor: int | None = Field(default=None, alias="Monitor")
    """Amount of time to monitor each rolled back task for failures, in
    nanoseconds.

    Since API 1.28.
    """

    max_failure_ratio: float | None = Field(default=None, alias="MaxFailureRatio")
    """The fraction of tasks that may fail during a rollback before the
    failure action is invoked, specified as a floating point number
    between 0 and 1.

    Since API 1.28.
    """

    order: str | None = Field(default=None, alias="Order")
    """The order of operations when rolling back a task. Either the old
    task is shut down before the new task is started, or the new task
    is started before the old task is shut down.

    One of: 'stop-first', 'start-first' (other values are passed through).

    Since API 1.29.
    """
