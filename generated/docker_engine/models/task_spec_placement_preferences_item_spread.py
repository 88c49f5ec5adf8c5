"""TaskSpecPlacementPreferencesItemSpread: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class TaskSpecPlacementPreferencesItemSpread(Model):
    """TaskSpecPlacementPreferencesItemSpread"""

    spread_descriptor: str | None = Field(
        default=None,
        validation_alias="SpreadDescriptor",
        serialization_alias="SpreadDescriptor",
    )
    """label descriptor, such as `engine.labels.az`."""
