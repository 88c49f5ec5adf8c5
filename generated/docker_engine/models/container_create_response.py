"""ContainerCreateResponse: models of the Engine API."""

from __future__ import annotations

from typing import Annotated
from pydantic import Field
from .._runtime.model import Model, NullAsEmptyList


class ContainerCreateResponse(Model):
    """OK response to ContainerCreate operation"""

    id: str = Field(validation_alias="Id", serialization_alias="Id")
    """The ID of the created container"""

    warnings: Annotated[list[str], NullAsEmptyList] = Field(
        validation_alias="Warnings", serialization_alias="Warnings"
    )
    """Warnings encountered when creating the container"""
