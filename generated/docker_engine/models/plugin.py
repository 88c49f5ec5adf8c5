"""Plugin: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .plugin_config import PluginConfig
from .plugin_settings import PluginSettings


class Plugin(Model):
    """A plugin for the Engine API"""

    id: str | None = Field(default=None, alias="Id")

    name: str | None = Field(default=None, alias="Name")

    enabled: bool | None = Field(default=None, alias="Enabled")
    """True if the plugin is running. False if the plugin is not running, only installed."""

    settings: PluginSettings | None = Field(default=None, alias="Settings")
    """Settings that can be modified by users."""

    plugin_reference: str | None = Field(default=None, alias="PluginReference")
    """plugin remote reference used to push/pull the plugin

    Since API 1.26.
    """

    config: PluginConfig | None = Field(default=None, alias="Config")
    """The config of a plugin."""
