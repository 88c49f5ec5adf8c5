"""ContainerCreateResponse: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ContainerCreateResponse(Model):
    """OK response to ContainerCreate operation"""

    id: str | None = Field(default=None, alias="Id")
    """The ID of the created container"""

    warnings: list[str] | None = Field(default=None, alias="Warnings")
    """Warnings encountered when creating the container"""
