"""EngineDescriptionPluginsItem: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class EngineDescriptionPluginsItem(Model):
    """EngineDescriptionPluginsItem"""

    type: str | None = Field(
        default=None, validation_alias="Type", serialization_alias="Type"
    )

    name: str | None = Field(
        default=None, validation_alias="Name", serialization_alias="Name"
    )
