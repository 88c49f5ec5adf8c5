"""TaskSpecPlacement: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .platform import Platform
from .task_spec_placement_preferences_item import TaskSpecPlacementPreferencesItem


class TaskSpecPlacement(Model):
    """TaskSpecPlacement"""

    constraints: list[str] | None = Field(default=None, alias="Constraints")
    """An array of constraint expressions to limit the set of nodes where
    a task can be scheduled. Constraint expressions can either use a
    _match_ (`==`) or _exclude_ (`!=`) rule. Multiple constraints find
    nodes that satisfy every expression (AND match). Constraints can
    match node or Docker Engine labels as follows:

    node attribute       | matches                        | example
    ---------------------|--------------------------------|-----------------------------------------------
    `node.id`            | Node ID                        | `node.id==2ivku8v2gvtg4`
    `node.hostname`      | Node hostname                  | `node.hostname!=node-2`
    `node.role`          | Node role (`manager`/`worker`) | `node.role==manager`
    `node.platform.os`   | Node operating system          | `node.platform.os==windows`
    `node.platform.arch` | Node architecture              | `node.platform.arch==x86_64`
    `node.labels`        | User-defined node labels       | `node.labels.security==high`
    `engine.labels`      | Docker Engine's labels         | `engine.labels.operatingsystem==ubuntu-14.04`

    `engine.labels` apply to Docker Engine labels like operating system,
    drivers, etc. Swarm administrators add `node.labels` for operational
    purposes by using the [`node update endpoint`](#operation/NodeUpdate).
    """

    preferences: list[TaskSpecPlacementPreferencesItem] | None = Field(
        default=None, alias="Preferences"
    )
    """Preferences provide a way to make the scheduler aware of factors
    such as topology. They are provided in order from highest to
    lowest precedence.

    Since API 1.28.
    """

    max_replicas: int | None = Field(default=None, alias="MaxReplicas")
    """Maximum number of replicas for per node (default value is 0, which
    is unlimited)

    Since API 1.40.
    """

    platforms: list[Platform] | None = Field(default=None, alias="Platforms")
    """Platforms stores all the platforms that the service's image can
    run on. This field is used in the platform filter for scheduling.
    If empty, then the platform filter is off, meaning there are no
    scheduling restrictions.

    Since API 1.30.
    """
