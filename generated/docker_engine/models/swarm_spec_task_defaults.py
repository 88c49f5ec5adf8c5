"""SwarmSpecTaskDefaults: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .swarm_spec_task_defaults_log_driver import SwarmSpecTaskDefaultsLogDriver


class SwarmSpecTaskDefaults(Model):
    """Defaults for creating tasks in this cluster."""

    log_driver: SwarmSpecTaskDefaultsLogDriver | None = Field(
        default=None, validation_alias="LogDriver", serialization_alias="LogDriver"
    )
    """The log driver to use for tasks created in the orchestrator if
    unspecified by a service.

    Updating this value only affects new tasks. Existing tasks continue
    to use their previously configured log driver until recreated.
    """
