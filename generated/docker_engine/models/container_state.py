"""ContainerState: models of the Engine API."""

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import Field
from .._runtime.model import Model, OpenEnum
from .health import Health


class ContainerState(Model):
    """ContainerState stores container's running state. It's part of ContainerJSONBase
    and will be returned by the "inspect" command.
    """

    status: (
        Annotated[
            Literal[
                "created",
                "running",
                "paused",
                "restarting",
                "removing",
                "exited",
                "dead",
            ],
            OpenEnum,
        ]
        | None
    ) = Field(default=None, validation_alias="Status", serialization_alias="Status")
    """String representation of the container state. Can be one of "created",
    "running", "paused", "restarting", "removing", "exited", or "dead".

    One of: 'created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead' (other values are passed through).
    """

    running: bool | None = Field(
        default=None, validation_alias="Running", serialization_alias="Running"
    )
    """Whether this container is running.

    Note that a running container can be _paused_. The `Running` and `Paused`
    booleans are not mutually exclusive:

    When pausing a container (on Linux), the freezer cgroup is used to suspend
    all processes in the container. Freezing the process requires the process to
    be running. As a result, paused containers are both `Running` _and_ `Paused`.

    Use the `Status` field instead to determine if a container's state is "running".
    """

    paused: bool | None = Field(
        default=None, validation_alias="Paused", serialization_alias="Paused"
    )
    """Whether this container is paused."""

    restarting: bool | None = Field(
        default=None, validation_alias="Restarting", serialization_alias="Restarting"
    )
    """Whether this container is restarting."""

    oom_killed: bool | None = Field(
        default=None, validation_alias="OOMKilled", serialization_alias="OOMKilled"
    )
    """Whether a process within this container has been killed because it ran
    out of memory since the container was last started.
    """

    dead: bool | None = Field(
        default=None, validation_alias="Dead", serialization_alias="Dead"
    )

    pid: int | None = Field(
        default=None, validation_alias="Pid", serialization_alias="Pid"
    )
    """The process ID of this container"""

    exit_code: int | None = Field(
        default=None, validation_alias="ExitCode", serialization_alias="ExitCode"
    )
    """The last exit code of this container"""

    error: str | None = Field(
        default=None, validation_alias="Error", serialization_alias="Error"
    )

    started_at: str | None = Field(
        default=None, validation_alias="StartedAt", serialization_alias="StartedAt"
    )
    """The time when this container was last started."""

    finished_at: str | None = Field(
        default=None, validation_alias="FinishedAt", serialization_alias="FinishedAt"
    )
    """The time when this container last exited."""

    health: Health | None = Field(
        default=None, validation_alias="Health", serialization_alias="Health"
    )
