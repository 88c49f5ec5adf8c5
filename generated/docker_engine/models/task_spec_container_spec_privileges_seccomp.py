"""TaskSpecContainerSpecPrivilegesSeccomp: models of the Engine API."""

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import Field
from .._runtime.model import Model, OpenEnum


class TaskSpecContainerSpecPrivilegesSeccomp(Model):
    """Options for configuring seccomp on the container"""

    mode: Annotated[Literal["default", "unconfined", "custom"], OpenEnum] | None = (
        Field(default=None, validation_alias="Mode", serialization_alias="Mode")
    )
    """One of: 'default', 'unconfined', 'custom' (other values are passed through).

    Since API 1.44.
    """

    profile: str | None = Field(
        default=None, validation_alias="Profile", serialization_alias="Profile"
    )
    """The custom seccomp profile as a json object

    Since API 1.44.
    """
