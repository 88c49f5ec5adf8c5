"""ExecInspectResponse: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .process_config import ProcessConfig


class ExecInspectResponse(Model):
    """ExecInspectResponse"""

    can_remove: bool | None = Field(default=None, alias="CanRemove")
    """Since API 1.36."""

    detach_keys: str | None = Field(default=None, alias="DetachKeys")
    """Since API 1.36."""

    id: str | None = Field(default=None, alias="ID")

    running: bool | None = Field(default=None, alias="Running")

    exit_code: int | None = Field(default=None, alias="ExitCode")

    process_config: ProcessConfig | None = Field(default=None, alias="ProcessConfig")

    open_stdin: bool | None = Field(default=None, alias="OpenStdin")

    open_stderr: bool | None = Field(default=None, alias="OpenStderr")

    open_stdout: bool | None = Field(default=None, alias="OpenStdout")

    container_id: str | None = Field(default=None, alias="ContainerID")

    pid: int | None = Field(default=None, alias="Pid")
    """The system process ID for the exec process."""
