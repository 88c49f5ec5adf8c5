"""DeviceRequest: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class DeviceRequest(Model):
    """A request for devices to be sent to device drivers"""

    driver: str | None = Field(
        default=None, validation_alias="Driver", serialization_alias="Driver"
    )

    count: int | None = Field(
        default=None, validation_alias="Count", serialization_alias="Count"
    )

    device_ids: list[str] | None = Field(
        default=None, validation_alias="DeviceIDs", serialization_alias="DeviceIDs"
    )

    capabilities: list[list[str]] | None = Field(
        default=None,
        validation_alias="Capabilities",
        serialization_alias="Capabilities",
    )
    """A list of capabilities; an OR list of AND lists of capabilities."""

    options: dict[str, str] | None = Field(
        default=None, validation_alias="Options", serialization_alias="Options"
    )
    """Driver-specific options, specified as a key/value pairs. These options
    are passed directly to the driver.
    """
