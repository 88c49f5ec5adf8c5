"""ExecInspectResponse: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .process_config import ProcessConfig


class ExecInspectResponse(Model):
    """ExecInspectResponse"""

    can_remove: bool | None = Field(
        default=None, validation_alias="CanRemove", serialization_alias="CanRemove"
    )

    detach_keys: str | None = Field(
        default=None, validation_alias="DetachKeys", serialization_alias="DetachKeys"
    )

    id: str | None = Field(
        default=None, validation_alias="ID", serialization_alias="ID"
    )

    running: bool | None = Field(
        default=None, validation_alias="Running", serialization_alias="Running"
    )

    exit_code: int | None = Field(
        default=None, validation_alias="ExitCode", serialization_alias="ExitCode"
    )

    process_config: ProcessConfig | None = Field(
        default=None,
        validation_alias="ProcessConfig",
        serialization_alias="ProcessConfig",
    )

    open_stdin: bool | None = Field(
        default=None, validation_alias="OpenStdin", serialization_alias="OpenStdin"
    )

    open_stderr: bool | None = Field(
        default=None, validation_alias="OpenStderr", serialization_alias="OpenStderr"
    )

    open_stdout: bool | None = Field(
        default=None, validation_alias="OpenStdout", serialization_alias="OpenStdout"
    )

    container_id: str | None = Field(
        default=None, validation_alias="ContainerID", serialization_alias="ContainerID"
    )

    pid: int | None = Field(
        default=None, validation_alias="Pid", serialization_alias="Pid"
    )
    """The system process ID for the exec process."""
