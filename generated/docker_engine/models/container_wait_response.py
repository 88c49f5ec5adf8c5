"""ContainerWaitResponse: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .container_wait_exit_error import ContainerWaitExitError


class ContainerWaitResponse(Model):
    """OK response to ContainerWait operation"""

    status_code: int | None = Field(default=None, alias="StatusCode")
    """Exit code of the container"""

    error: ContainerWaitExitError | None = Field(default=None, alias="Error")
    """Since API 1.34."""
