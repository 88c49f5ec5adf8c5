"""PluginDevice: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class PluginDevice(Model):
    """PluginDevice"""

    name: str | None = Field(default=None, alias="Name")

    description: str | None = Field(default=None, alias="Description")

    settable: list[str] | None = Field(default=None, alias="Settable")

    path: str | None = Field(default=None, alias="Path")
