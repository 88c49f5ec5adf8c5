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
        default=None, validation_alias="Replicated", serialization_alias="Replicated"
    )

    global_: dict[str, Any] | None = Field(
        default=None, validation_alias="Global", serialization_alias="Global"
    )

    replicated_job: ServiceSpecModeReplicatedJob | None = Field(
        default=None,
        validation_alias="ReplicatedJob",
        serialization_alias="ReplicatedJob",
    )
    """The mode used for services with a finite number of tasks that run
    to a completed state.
    """

    global_job: dict[str, Any] | None = Field(
        default=None, validation_alias="GlobalJob", serialization_alias="GlobalJob"
    )
    """The mode used for services which run a task to the completed state
    on each valid node.
    """
