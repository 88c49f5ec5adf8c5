"""ContainerUpdateResponse: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ContainerUpdateResponse(Model):
    """OK response to ContainerUpdate operation"""

    warnings: list[str] | None = Field(
        default=None, validation_alias="Warnings", serialization_alias="Warnings"
    )
