"""GenericResources: models of the Engine API."""

from __future__ import annotations

from typing import TypeAlias
from .generic_resources_item import GenericResourcesItem

GenericResources: TypeAlias = list[GenericResourcesItem]
"""User-defined resources can be either Integer resources (e.g, `SSD=3`) or
String resources (e.g, `GPU=UUID1`).
"""
