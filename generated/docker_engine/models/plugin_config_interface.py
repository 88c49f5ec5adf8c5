"""PluginConfigInterface: models of the Engine API."""

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import Field
from .._runtime.model import Model, NullAsEmptyList, OpenEnum
from .plugin_interface_type import PluginInterfaceType


class PluginConfigInterface(Model):
    """The interface between Docker and the plugin"""

    types: Annotated[list[str], NullAsEmptyList] = Field(
        validation_alias="Types", serialization_alias="Types"
    )

    socket: str = Field(validation_alias="Socket", serialization_alias="Socket")

    protocol_scheme: Annotated[Literal["", "moby.plugins.http/v1"], OpenEnum] | None = (
        Field(
            default=None,
            validation_alias="ProtocolScheme",
            serialization_alias="ProtocolScheme",
        )
    )
    """Protocol to use for clients connecting to the plugin.

    One of: '', 'moby.plugins.http/v1' (other values are passed through).

    Since API 1.38.
    """
