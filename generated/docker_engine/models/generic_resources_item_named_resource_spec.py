"""GenericResourcesItemNamedResourceSpec: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class GenericResourcesItemNamedResourceSpec(Model):
    """GenericResourcesItemNamedResourceSpec"""

    kind: str | None = Field(
        default=None, validation_alias="Kind", serialization_alias="Kind"
    )

    value: str | None = Field(
        default=None, validation_alias="Value", serialization_alias="Value"
    )
