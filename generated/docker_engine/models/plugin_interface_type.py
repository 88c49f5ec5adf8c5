"""PluginInterfaceType: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class PluginInterfaceType(Model):
    """PluginInterfaceType"""

    prefix: str | None = Field(default=None, alias="Prefix")

    capability: str | None = Field(default=None, alias="Capability")

    version: str | None = Field(default=None, alias="Version")
