"""DeviceMapping: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class DeviceMapping(Model):
    """A device mapping between the host and container"""

    path_on_host: str | None = Field(
        default=None, validation_alias="PathOnHost", serialization_alias="PathOnHost"
    )

    path_in_container: str | None = Field(
        default=None,
        validation_alias="PathInContainer",
        serialization_alias="PathInContainer",
    )

    cgroup_permissions: str | None = Field(
        default=None,
        validation_alias="CgroupPermissions",
        serialization_alias="CgroupPermissions",
    )
