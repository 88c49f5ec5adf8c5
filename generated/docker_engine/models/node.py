"""Node: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .manager_status import ManagerStatus
from .node_description import NodeDescription
from .node_spec import NodeSpec
from .node_status import NodeStatus
from .object_version import ObjectVersion


class Node(Model):
    """Node"""

    id: str | None = Field(
        default=None, validation_alias="ID", serialization_alias="ID"
    )

    version: ObjectVersion | None = Field(
        default=None, validation_alias="Version", serialization_alias="Version"
    )

    created_at: str | None = Field(
        default=None, validation_alias="CreatedAt", serialization_alias="CreatedAt"
    )
    """Date and time at which the node was added to the swarm in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
    """

    updated_at: str | None = Field(
        default=None, validation_alias="UpdatedAt", serialization_alias="UpdatedAt"
    )
    """Date and time at which the node was last updated in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
    """

    spec: NodeSpec | None = Field(
        default=None, validation_alias="Spec", serialization_alias="Spec"
    )

    description: NodeDescription | None = Field(
        default=None, validation_alias="Description", serialization_alias="Description"
    )

    status: NodeStatus | None = Field(
        default=None, validation_alias="Status", serialization_alias="Status"
    )

    manager_status: ManagerStatus | None = Field(
        default=None,
        validation_alias="ManagerStatus",
        serialization_alias="ManagerStatus",
    )
