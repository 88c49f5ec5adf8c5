"""ServiceSpecModeReplicatedJob: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ServiceSpecModeReplicatedJob(Model):
    """The mode used for services with a finite number of tasks that run
    to a completed state.
    """

    max_concurrent: int | None = Field(default=None, alias="MaxConcurrent")
    """The maximum number of replicas to run simultaneously.

    Since API 1.41.
    """

    total_completions: int | None = Field(default=None, alias="TotalCompletions")
    """The total number of replicas desired to reach the Completed
    state. If unset, will default to the value of `MaxConcurrent`

    Since API 1.41.
    """
