"""ServiceSpecModeReplicated: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ServiceSpecModeReplicated(Model):
    """ServiceSpecModeReplicated"""

    replicas: int | None = Field(
        default=None, validation_alias="Replicas", serialization_alias="Replicas"
    )
