"""GenericResourcesItemDiscreteResourceSpec: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class GenericResourcesItemDiscreteResourceSpec(Model):
    """GenericResourcesItemDiscreteResourceSpec"""

    kind: str | None = Field(
        default=None, validation_alias="Kind", serialization_alias="Kind"
    )

    value: int | None = Field(
        default=None, validation_alias="Value", serialization_alias="Value"
    )
