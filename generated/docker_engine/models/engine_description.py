"""EngineDescription: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .engine_description_plugins_item import EngineDescriptionPluginsItem


class EngineDescription(Model):
    """EngineDescription provides information about an engine."""

    engine_version: str | None = Field(
        default=None,
        validation_alias="EngineVersion",
        serialization_alias="EngineVersion",
    )

    labels: dict[str, str] | None = Field(
        default=None, validation_alias="Labels", serialization_alias="Labels"
    )

    plugins: list[EngineDescriptionPluginsItem] | None = Field(
        default=None, validation_alias="Plugins", serialization_alias="Plugins"
    )
