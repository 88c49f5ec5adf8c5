"""Driver: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class Driver(Model):
    """Driver represents a driver (network, logging, secrets)."""

    name: str = Field(validation_alias="Name", serialization_alias="Name")
    """Name of the driver."""

    options: dict[str, str] | None = Field(
        default=None, validation_alias="Options", serialization_alias="Options"
    )
    """Key/value map of driver-specific options."""
