"""ResourcesUlimitsItem: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ResourcesUlimitsItem(Model):
    """ResourcesUlimitsItem"""

    name: str | None = Field(
        default=None, validation_alias="Name", serialization_alias="Name"
    )
    """Name of ulimit"""

    soft: int | None = Field(
        default=None, validation_alias="Soft", serialization_alias="Soft"
    )
    """Soft limit"""

    hard: int | None = Field(
        default=None, validation_alias="Hard", serialization_alias="Hard"
    )
    """Hard limit"""
