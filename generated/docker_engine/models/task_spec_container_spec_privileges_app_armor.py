"""TaskSpecContainerSpecPrivilegesAppArmor: models of the Engine API."""

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import Field
from .._runtime.model import Model, OpenEnum


class TaskSpecContainerSpecPrivilegesAppArmor(Model):
    """Options for configuring AppArmor on the container"""

    mode: Annotated[Literal["default", "disabled"], OpenEnum] | None = Field(
        default=None, validation_alias="Mode", serialization_alias="Mode"
    )
    """One of: 'default', 'disabled' (other values are passed through)."""
