"""Plugin: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .plugin_config import PluginConfig
from .plugin_settings import PluginSettings


class Plugin(Model):
    """A plugin for the Engine API"""

    id: str | None = Field(
        default=None, validation_alias="Id", serialization_alias="Id"
    )

    name: str = Field(validation_alias="Name", serialization_alias="Name")

    enabled: bool = Field(validation_alias="Enabled", serialization_alias="Enabled")
    """True if the plugin is running. False if the plugin is not running, only installed."""

    settings: PluginSettings = Field(
        validation_alias="Settings", serialization_alias="Settings"
    )
    """Settings that can be modified by users."""

    plugin_reference: str | None = Field(
        default=None,
        validation_alias="PluginReference",
        serialization_alias="PluginReference",
    )
    """plugin remote reference used to push/pull the plugin"""

    config: PluginConfig = Field(
        validation_alias="Config", serialization_alias="Config"
    )
    """The config of a plugin."""
