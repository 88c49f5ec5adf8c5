"""PluginConfigLinux: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .plugin_device import PluginDevice


class PluginConfigLinux(Model):
    """PluginConfigLinux"""

    capabilities: list[str] | None = Field(default=None, alias="Capabilities")

    allow_all_devices: bool | None = Field(default=None, alias="AllowAllDevices")

    devices: list[PluginDevice] | None = Field(default=None, alias="Devices")
