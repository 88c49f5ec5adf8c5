"""GenericResourcesItem: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .generic_resources_item_discrete_resource_spec import (
    GenericResourcesItemDiscreteResourceSpec,
)
from .generic_resources_item_named_resource_spec import (
    GenericResourcesItemNamedResourceSpec,
)


class GenericResourcesItem(Model):
    """GenericResourcesItem"""

    named_resource_spec: GenericResourcesItemNamedResourceSpec | None = Field(
        default=None, alias="NamedResourceSpec"
    )
    """Since API 1.32."""

    discrete_resource_spec: GenericResourcesItemDiscreteResourceSpec | None = Field(
        default=None, alias="DiscreteResourceSpec"
    )
    """Since API 1.32."""
