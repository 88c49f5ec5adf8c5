"""TaskSpecContainerSpecPrivilegesAppArmor: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class TaskSpecContainerSpecPrivilegesAppArmor(Model):
    """Options for configuring AppArmor on the container"""

    mode: str | None = Field(default=None, alias="Mode")
    """One of: 'default', 'disabled' (other values are passed through).

    Since API 1.44.
    """
