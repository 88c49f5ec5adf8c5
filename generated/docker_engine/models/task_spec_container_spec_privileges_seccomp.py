"""TaskSpecContainerSpecPrivilegesSeccomp: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class TaskSpecContainerSpecPrivilegesSeccomp(Model):
    """Options for configuring seccomp on the container"""

    mode: str | None = Field(default=None, alias="Mode")
    """One of: 'default', 'unconfined', 'custom' (other values are passed through).

    Since API 1.44.
    """

    profile: str | None = Field(default=None, alias="Profile")
    """The custom seccomp profile as a json object

    Since API 1.44.
    """
