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

    id: str | None = Field(default=None, alias="ID")
    """The ID of the task."""

    version: ObjectVersion | None = Field(default=None, alias="Version")

    created_at: str | None = Field(default=None, alias="CreatedAt")

    updated_at: str | None = Field(default=None, alias="UpdatedAt")

    name: str | None = Field(default=None, alias="Name")
    """Name of the task."""

    labels: dict[str, str] | None = Field(default=None, alias="Labels")
    """User-defined key/value metadata."""

    spec: TaskSpec | None = Field(default=None, alias="Spec")

    service_id: str | None = Field(default=None, alias="ServiceID")
    """The ID of the service this task is part of."""

    slot: int | None = Field(default=None, alias="Slot")

    node_id: str | None = Field(default=None, alias="NodeID")
    """The ID of the node that this task is on."""

    assigned_generic_resources: GenericResources | None = Field(
        default=None, alias="AssignedGenericResources"
    )
    """Since API 1.32."""

    status: TaskStatus | None = Field(default=None, alias="Status")

    desired_state: TaskState | None = Field(default=None, alias="DesiredState")
    """'orphaned' since API 1.37. 'remove' since API 1.37."""

    job_iteration: ObjectVersion | None = Field(default=None, alias="JobIteration")
    """If the Service this Task belongs to is a job-mode service, contains
    the JobIteration of the Service this Task was created for. Absent if
    the Task was created for a Replicated or Global Service.

    Since API 1.41.
    """

    networks_attachments: list[NetworkAttachment] | None = Field(
        default=None, alias="NetworksAttachments"
    )
    """The networks that this task is attached to, and the addresses the
    task was assigned on each of them.
    """
