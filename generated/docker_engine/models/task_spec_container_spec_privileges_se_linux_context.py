"""TaskSpecContainerSpecPrivilegesSELinuxContext: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class TaskSpecContainerSpecPrivilegesSELinuxContext(Model):
    """SELinux labels of the container"""

    disable: bool | None = Field(
        default=None, validation_alias="Disable", serialization_alias="Disable"
    )
    """Disable SELinux"""

    user: str | None = Field(
        default=None, validation_alias="User", serialization_alias="User"
    )
    """SELinux user label"""

    role: str | None = Field(
        default=None, validation_alias="Role", serialization_alias="Role"
    )
    """SELinux role label"""

    type: str | None = Field(
        default=None, validation_alias="Type", serialization_alias="Type"
    )
    """SELinux type label"""

    level: str | None = Field(
        default=None, validation_alias="Level", serialization_alias="Level"
    )
    """SELinux level label"""
