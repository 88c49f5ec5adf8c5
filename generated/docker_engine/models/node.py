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

    id: str | None = Field(default=None, alias="ID")

    version: ObjectVersion | None = Field(default=None, alias="Version")

    created_at: str | None = Field(default=None, alias="CreatedAt")
    """Date and time at which the node was added to the swarm in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
    """

    updated_at: str | None = Field(default=None, alias="UpdatedAt")
    """Date and time at which the node was last updated in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
    """

    spec: NodeSpec | None = Field(default=None, alias="Spec")

    description: NodeDescription | None = Field(default=None, alias="Description")

    status: NodeStatus | None = Field(default=None, alias="Status")
    """Since API 1.32."""

    manager_status: ManagerStatus | None = Field(default=None, alias="ManagerStatus")
    """Since API 1.32."""
