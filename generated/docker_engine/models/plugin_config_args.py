"""PluginConfigArgs: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class PluginConfigArgs(Model):
    """PluginConfigArgs"""

    name: str | None = Field(default=None, alias="Name")

    description: str | None = Field(default=None, alias="Description")

    settable: list[str] | None = Field(default=None, alias="Settable")

    value: list[str] | None = Field(default=None, alias="Value")
