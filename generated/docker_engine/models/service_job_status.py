"""ServiceJobStatus: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .object_version import ObjectVersion


class ServiceJobStatus(Model):
    """The status of the service when it is in one of ReplicatedJob or
    GlobalJob modes. Absent on Replicated and Global mode services. The
    JobIteration is an ObjectVersion, but unlike the Service's version,
    does not need to be sent with an update request.
    """

    job_iteration: ObjectVersion | None = Field(default=None, alias="JobIteration")
    """JobIteration is a value increased each time a Job is executed,
    successfully or otherwise. "Executed", in this case, means the
    job as a whole has been started, not that an individual Task has
    been launched. A job is "Executed" when its ServiceSpec is
    updated. JobIteration can be used to disambiguate Tasks belonging
    to different executions of a job.  Though JobIteration will
    increase with each subsequent execution, it may not necessarily
    increase by 1, and so JobIteration should not be used to

    Since API 1.41.
    """

    last_execution: str | None = Field(default=None, alias="LastExecution")
    """The last time, as observed by the server, that this job was
    started.

    Since API 1.41.
    """
