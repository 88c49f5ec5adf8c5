"""ThrottleDevice: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ThrottleDevice(Model):
    """ThrottleDevice"""

    path: str | None = Field(
        default=None, validation_alias="Path", serialization_alias="Path"
    )
    """Device path"""

    rate: int | None = Field(
        default=None, validation_alias="Rate", serialization_alias="Rate"
    )
    """Rate"""
