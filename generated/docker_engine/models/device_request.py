"""DeviceRequest: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class DeviceRequest(Model):
    """A request for devices to be sent to device drivers"""

    driver: str | None = Field(default=None, alias="Driver")
    """Since API 1.40."""

    count: int | None = Field(default=None, alias="Count")
    """Since API 1.40."""

    device_ids: list[str] | None = Field(default=None, alias="DeviceIDs")
    """Since API 1.40."""

    capabilities: list[list[str]] | None = Field(default=None, alias="Capabilities")
    """A list of capabilities; an OR list of AND lists of capabilities.

    Since API 1.40.
    """

    options: dict[str, str] | None = Field(default=None, alias="Options")
    """Driver-specific options, specified as a key/value pairs. These options
    are passed directly to the driver.

    Since API 1.40.
    """
