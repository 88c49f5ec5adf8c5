"""DeviceRequest: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class DeviceRequest(Model):
    """A request for devices to be sent to device drivers"""

    driver: str | None = Field(default=None, alias="Driver")

    count: int | None = Field(default=None, alias="Count")

    device_ids: list[str] | None = Field(default=None, alias="DeviceIDs")

    capabilities: list[list[str]] | None = Field(default=None, alias="Capabilities")
    """A list of capabilities; an OR list of AND lists of capabilities."""

    options: dict[str, str] | None = Field(default=None, alias="Options")
    """Driver-specific options, specified as a key/value pairs. These options
    are passed directly to the driver.
    """
