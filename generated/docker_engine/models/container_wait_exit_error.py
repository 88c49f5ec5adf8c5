"""ContainerWaitExitError: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ContainerWaitExitError(Model):
    """container waiting error, if any"""

    message: str | None = Field(default=None, alias="Message")
    """Details of an error

    Since API 1.34.
    """
