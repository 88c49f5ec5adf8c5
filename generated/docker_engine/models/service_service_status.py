"""ServiceServiceStatus: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ServiceServiceStatus(Model):
    """The status of the service's tasks. Provided only when requested as
    part of a ServiceList operation.
    """

    running_tasks: int | None = Field(default=None, alias="RunningTasks")
    """The number of tasks for the service currently in the Running state.

    Since API 1.41.
    """

    desired_tasks: int | None = Field(default=None, alias="DesiredTasks")
    """The number of tasks for the service desired to be running.
    For replicated services, this is the replica count from the
    service spec. For global services, this is computed by taking
    count of all tasks for the service with a Desired State other
    than Shutdown.

    Since API 1.41.
    """

    completed_tasks: int | None = Field(default=None, alias="CompletedTasks")
    """The number of tasks for a job that are in the Completed state.
    This field must be cross-referenced with the service type, as the
    value of 0 may mean the service is not in a job mode, or it may
    mean the job-mode service has no tasks yet Completed.

    Since API 1.41.
    """
