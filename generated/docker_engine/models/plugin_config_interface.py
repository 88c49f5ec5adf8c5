"""PluginConfigInterface: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .plugin_interface_type import PluginInterfaceType


class PluginConfigInterface(Model):
    """The interface between Docker and the plugin"""

    types: list[PluginInterfaceType] | None = Field(default=None, alias="Types")

    socket: str | None = Field(default=None, alias="Socket")

    protocol_scheme: str | None = Field(default=None, alias="ProtocolScheme")
    """Protocol to use for clients connecting to the plugin.

    One of: '', 'moby.plugins.http/v1' (other values are passed through).

    Since API 1.38.
    """
