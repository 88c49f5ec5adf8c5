"""PluginConfigLinux: models of the Engine API."""

from __future__ import annotations

from typing import Annotated
from pydantic import Field
from .._runtime.model import Model, NullAsEmptyList
from .plugin_device import PluginDevice


class PluginConfigLinux(Model):
    """PluginConfigLinux"""

    capabilities: Annotated[list[str], NullAsEmptyList] = Field(
        validation_alias="Capabilities", serialization_alias="Capabilities"
    )

    allow_all_devices: bool = Field(
        validation_alias="AllowAllDevices", serialization_alias="AllowAllDevices"
    )

    devices: Annotated[list[PluginDevice], NullAsEmptyList] = Field(
        validation_alias="Devices", serialization_alias="Devices"
    )
