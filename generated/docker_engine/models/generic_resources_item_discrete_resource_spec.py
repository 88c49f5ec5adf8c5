"""GenericResourcesItemDiscreteResourceSpec: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class GenericResourcesItemDiscreteResourceSpec(Model):
    """GenericResourcesItemDiscreteResourceSpec"""

    kind: str | None = Field(default=None, alias="Kind")
    """Since API 1.32."""

    value: int | None = Field(default=None, alias="Value")
    """Since API 1.32."""
