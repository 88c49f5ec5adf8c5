"""PluginSettings: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .plugin_device import PluginDevice
from .plugin_mount import PluginMount


class PluginSettings(Model):
    """Settings that can be modified by users."""

    mounts: list[PluginMount] | None = Field(default=None, alias="Mounts")

    env: list[str] | None = Field(default=None, alias="Env")

    args: list[str] | None = Field(default=None, alias="Args")

    devices: list[PluginDevice] | None = Field(default=None, alias="Devices")
