"""TaskSpecContainerSpecPrivilegesSELinuxContext: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class TaskSpecContainerSpecPrivilegesSELinuxContext(Model):
    """SELinux labels of the container"""

    disable: bool | None = Field(default=None, alias="Disable")
    """Disable SELinux"""

    user: str | None = Field(default=None, alias="User")
    """SELinux user label"""

    role: str | None = Field(default=None, alias="Role")
    """SELinux role label"""

    type: str | None = Field(default=None, alias="Type")
    """SELinux type label"""

    level: str | None = Field(default=None, alias="Level")
    """SELinux level label"""
