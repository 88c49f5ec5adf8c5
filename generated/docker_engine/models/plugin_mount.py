"""PluginMount: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class PluginMount(Model):
    """PluginMount"""

    name: str | None = Field(default=None, alias="Name")

    description: str | None = Field(default=None, alias="Description")

    settable: list[str] | None = Field(default=None, alias="Settable")

    source: str | None = Field(default=None, alias="Source")

    destination: str | None = Field(default=None, alias="Destination")

    type: str | None = Field(default=None, alias="Type")

    options: list[str] | None = Field(default=None, alias="Options")
