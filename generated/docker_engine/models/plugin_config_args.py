"""PluginConfigArgs: models of the Engine API."""

from __future__ import annotations

from typing import Annotated
from pydantic import Field
from .._runtime.model import Model, NullAsEmptyList


class PluginConfigArgs(Model):
    """PluginConfigArgs"""

    name: str = Field(validation_alias="Name", serialization_alias="Name")

    description: str = Field(
        validation_alias="Description", serialization_alias="Description"
    )

    settable: Annotated[list[str], NullAsEmptyList] = Field(
        validation_alias="Settable", serialization_alias="Settable"
    )

    value: Annotated[list[str], NullAsEmptyList] = Field(
        validation_alias="Value", serialization_alias="Value"
    )
