"""Driver: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class Driver(Model):
    """Driver represents a driver (network, logging, secrets)."""

    name: str | None = Field(default=None, alias="Name")
    """Name of the driver.

    Since API 1.31.
    """

    options: dict[str, str] | None = Field(default=None, alias="Options")
    """Key/value map of driver-specific options.

    Since API 1.31.
    """
