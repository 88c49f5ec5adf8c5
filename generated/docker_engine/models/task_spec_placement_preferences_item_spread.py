"""TaskSpecPlacementPreferencesItemSpread: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class TaskSpecPlacementPreferencesItemSpread(Model):
    """TaskSpecPlacementPreferencesItemSpread"""

    spread_descriptor: str | None = Field(default=None, alias="SpreadDescriptor")
    """label descriptor, such as `engine.labels.az`.

    Since API 1.28.
    """
