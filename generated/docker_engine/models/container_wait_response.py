"""ContainerWaitResponse: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .container_wait_exit_error import ContainerWaitExitError


class ContainerWaitResponse(Model):
    """OK response to ContainerWait operation"""

    status_code: int = Field(
        validation_alias="StatusCode", serialization_alias="StatusCode"
    )
    """Exit code of the container"""

    error: ContainerWaitExitError | None = Field(
        default=None, validation_alias="Error", serialization_alias="Error"
    )
