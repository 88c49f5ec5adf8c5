"""TaskSpecPlacementPreferencesItem: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .task_spec_placement_preferences_item_spread import (
    TaskSpecPlacementPreferencesItemSpread,
)


class TaskSpecPlacementPreferencesItem(Model):
    """TaskSpecPlacementPreferencesItem"""

    spread: TaskSpecPlacementPreferencesItemSpread | None = Field(
        default=None, alias="Spread"
    )
    """Since API 1.28."""
