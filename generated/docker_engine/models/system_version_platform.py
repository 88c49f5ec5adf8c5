"""SystemVersionPlatform: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class SystemVersionPlatform(Model):
    """SystemVersionPlatform"""

    name: str | None = Field(default=None, alias="Name")
    """Since API 1.35."""
