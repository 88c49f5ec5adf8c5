"""SwarmSpecOrchestration: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class SwarmSpecOrchestration(Model):
    """Orchestration configuration."""

    task_history_retention_limit: int | None = Field(
        default=None,
        validation_alias="TaskHistoryRetentionLimit",
        serialization_alias="TaskHistoryRetentionLimit",
    )
    """The number of historic tasks to keep per instance or node. If
    negative, never remove completed or failed tasks.
    """
