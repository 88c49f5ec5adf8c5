"""ResourcesUlimitsItem: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ResourcesUlimitsItem(Model):
    """ResourcesUlimitsItem"""

    name: str | None = Field(default=None, alias="Name")
    """Name of ulimit"""

    soft: int | None = Field(default=None, alias="Soft")
    """Soft limit"""

    hard: int | None = Field(default=None, alias="Hard")
    """Hard limit"""
