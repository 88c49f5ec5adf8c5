"""TaskStatus: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .container_status import ContainerStatus
from .port_status import PortStatus
from .task_state import TaskState


class TaskStatus(Model):
    """represents the status of a task."""

    timestamp: str | None = Field(default=None, alias="Timestamp")

    state: TaskState | None = Field(default=None, alias="State")
    """'orphaned' since API 1.37. 'remove' since API 1.37."""

    message: str | None = Field(default=None, alias="Message")

    err: str | None = Field(default=None, alias="Err")

    container_status: ContainerStatus | None = Field(
        default=None, alias="ContainerStatus"
    )

    port_status: PortStatus | None = Field(default=None, alias="PortStatus")
    """Since API 1.44."""
