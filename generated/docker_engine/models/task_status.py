"""TaskStatus: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .container_status import ContainerStatus
from .port_status import PortStatus
from .task_state import TaskState


class TaskStatus(Model):
    """represents the status of a task."""

    timestamp: str | None = Field(
        default=None, validation_alias="Timestamp", serialization_alias="Timestamp"
    )

    state: TaskState | None = Field(
        default=None, validation_alias="State", serialization_alias="State"
    )

    message: str | None = Field(
        default=None, validation_alias="Message", serialization_alias="Message"
    )

    err: str | None = Field(
        default=None, validation_alias="Err", serialization_alias="Err"
    )

    container_status: ContainerStatus | None = Field(
        default=None,
        validation_alias="ContainerStatus",
        serialization_alias="ContainerStatus",
    )

    port_status: PortStatus | None = Field(
        default=None, validation_alias="PortStatus", serialization_alias="PortStatus"
    )
