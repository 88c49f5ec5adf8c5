"""TaskSpecContainerSpecPrivilegesSELinuxContext: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class TaskSpecContainerSpecPrivilegesSELinuxContext(Model):
    """SELinux labels of the container"""

    disable: bool | None = Field(default=None, alias="Disable")
    """Disable SELinux

    Since API 1.30.
    """

    user: str | None = Field(default=None, alias="User")
    """SELinux user label

    Since API 1.30.
    """

    role: str | None = Field(default=None, alias="Role")
    """SELinux role label

    Since API 1.30.
    """

    type: str | None = Field(default=None, alias="Type")
    """SELinux type label

    Since API 1.30.
    """

    level: str | None = Field(default=None, alias="Level")
    """SELinux level label

    Since API 1.30.
    """
