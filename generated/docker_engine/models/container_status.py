"""ContainerStatus: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ContainerStatus(Model):
    """represents the status of a container."""

    container_id: str | None = Field(
        default=None, validation_alias="ContainerID", serialization_alias="ContainerID"
    )

    pid: int | None = Field(
        default=None, validation_alias="PID", serialization_alias="PID"
    )

    exit_code: int | None = Field(
        default=None, validation_alias="ExitCode", serialization_alias="ExitCode"
    )
