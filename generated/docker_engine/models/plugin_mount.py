"""PluginMount: models of the Engine API."""

from __future__ import annotations

from typing import Annotated
from pydantic import Field
from .._runtime.model import Model, NullAsEmptyList


class PluginMount(Model):
    """PluginMount"""

    name: str = Field(validation_alias="Name", serialization_alias="Name")

    description: str = Field(
        validation_alias="Description", serialization_alias="Description"
    )

    settable: Annotated[list[str], NullAsEmptyList] = Field(
        validation_alias="Settable", serialization_alias="Settable"
    )

    source: str = Field(validation_alias="Source", serialization_alias="Source")

    destination: str = Field(
        validation_alias="Destination", serialization_alias="Destination"
    )

    type: str = Field(validation_alias="Type", serialization_alias="Type")

    options: Annotated[list[str], NullAsEmptyList] = Field(
        validation_alias="Options", serialization_alias="Options"
    )
