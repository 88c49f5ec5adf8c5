"""ServiceSpecMode: models of the Engine API."""

from __future__ import annotations

from typing import Any
from pydantic import Field
from .._runtime.model import Model
from .service_spec_mode_replicated import ServiceSpecModeReplicated
from .service_spec_mode_replicated_job import ServiceSpecModeReplicatedJob


class ServiceSpecMode(Model):
    """Scheduling mode for the service."""

    replicated: ServiceSpecModeReplicated | None = Field(
        default=None, alias="Replicated"
    )

    global_: dict[str, Any] | None = Field(default=None, alias="Global")

    replicated_job: ServiceSpecModeReplicatedJob | None = Field(
        default=None, alias="ReplicatedJob"
    )
    """The mode used for services with a finite number of tasks that run
    to a completed state.

    Since API 1.41.
    """

    global_job: dict[str, Any] | None = Field(default=None, alias="GlobalJob")
    """The mode used for services which run a task to the completed state
    on each valid node.

    Since API 1.41.
    """
