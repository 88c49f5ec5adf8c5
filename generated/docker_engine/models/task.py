"""Task: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .generic_resources import GenericResources
from .network_attachment import NetworkAttachment
from .object_version import ObjectVersion
from .task_spec import TaskSpec
from .task_state import TaskState
from .task_status import TaskStatus


class Task(Model):
    """Task"""

    id: str | None = Field(
        default=None, validation_alias="ID", serialization_alias="ID"
    )
    """The ID of the task."""

    version: ObjectVersion | None = Field(
        default=None, validation_alias="Version", serialization_alias="Version"
    )

    created_at: str | None = Field(
        default=None, validation_alias="CreatedAt", serialization_alias="CreatedAt"
    )

    updated_at: str | None = Field(
        default=None, validation_alias="UpdatedAt", serialization_alias="UpdatedAt"
    )

    name: str | None = Field(
        default=None, validation_alias="Name", serialization_alias="Name"
    )
    """Name of the task."""

    labels: dict[str, str] | None = Field(
        default=None, validation_alias="Labels", serialization_alias="Labels"
    )
    """User-defined key/value metadata."""

    spec: TaskSpec | None = Field(
        default=None, validation_alias="Spec", serialization_alias="Spec"
    )

    service_id: str | None = Field(
        default=None, validation_alias="ServiceID", serialization_alias="ServiceID"
    )
    """The ID of the service this task is part of."""

    slot: int | None = Field(
        default=None, validation_alias="Slot", serialization_alias="Slot"
    )

    node_id: str | None = Field(
        default=None, validation_alias="NodeID", serialization_alias="NodeID"
    )
    """The ID of the node that this task is on."""

    assigned_generic_resources: GenericResources | None = Field(
        default=None,
        validation_alias="AssignedGenericResources",
        serialization_alias="AssignedGenericResources",
    )

    status: TaskStatus | None = Field(
        default=None, validation_alias="Status", serialization_alias="Status"
    )

    desired_state: TaskState | None = Field(
        default=None,
        validation_alias="DesiredState",
        serialization_alias="DesiredState",
    )

    job_iteration: ObjectVersion | None = Field(
        default=None,
        validation_alias="JobIteration",
        serialization_alias="JobIteration",
    )
    """If the Service this Task belongs to is a job-mode service, contains
    the JobIteration of the Service this Task was created for. Absent if
    the Task was created for a Replicated or Global Service.
    """

    networks_attachments: list[NetworkAttachment] | None = Field(
        default=None,
        validation_alias="NetworksAttachments",
        serialization_alias="NetworksAttachments",
    )
    """The networks that this task is attached to, and the addresses the
    task was assigned on each of them.
    """
