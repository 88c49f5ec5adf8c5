"""ContainerState: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .health import Health


class ContainerState(Model):
    """ContainerState stores container's running state. It's part of ContainerJSONBase
    and will be returned by the "inspect" command.
    """

    status: str | None = Field(default=None, alias="Status")
    """String representation of the container state. Can be one of "created",
    "running", "paused", "restarting", "removing", "exited", or "dead".

    One of: 'created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead' (other values are passed through).

    'created' since API 1.30. 'dead' since API 1.30. 'exited' since API 1.30. 'paused' since API 1.30. 'removing' since API 1.30. 'restarting' since API 1.30. 'running' since API 1.30.
    """

    running: bool | None = Field(default=None, alias="Running")
    """Whether this container is running.

    Note that a running container can be _paused_. The `Running` and `Paused`
    booleans are not mutually exclusive:

    When pausing a container (on Linux), the freezer cgroup is used to suspend
    all processes in the container. Freezing the process requires the process to
    be running. As a result, paused containers are both `Running` _and_ `Paused`.

    Use the `Status` field instead to determine if a container's state is "running".
    """

    paused: bool | None = Field(default=None, alias="Paused")
    """Whether this container is paused."""

    restarting: bool | None = Field(default=None, alias="Restarting")
    """Whether this container is restarting."""

    oom_killed: bool | None = Field(default=None, alias="OOMKilled")
    """Whether a process within this container has been killed because it ran
    out of memory since the container was last started.
    """

    dead: bool | None = Field(default=None, alias="Dead")

    pid: int | None = Field(default=None, alias="Pid")
    """The process ID of this container"""

    exit_code: int | None = Field(default=None, alias="ExitCode")
    """The last exit code of this container"""

    error: str | None = Field(default=None, alias="Error")

    started_at: str | None = Field(default=None, alias="StartedAt")
    """The time when this container was last started."""

    finished_at: str | None = Field(default=None, alias="FinishedAt")
    """The time when this container last exited."""

    health: Health | None = Field(default=None, alias="Health")
    """Since API 1.39."""
