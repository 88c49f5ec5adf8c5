"""PluginSettings: models of the Engine API."""

from __future__ import annotations

from typing import Annotated
from pydantic import Field
from .._runtime.model import Model, NullAsEmptyList
from .plugin_device import PluginDevice
from .plugin_mount import PluginMount


class PluginSettings(Model):
    """Settings that can be modified by users."""

    mounts: Annotated[list[PluginMount], NullAsEmptyList] = Field(
        validation_alias="Mounts", serialization_alias="Mounts"
    )

    env: Annotated[list[str], NullAsEmptyList] = Field(
        validation_alias="Env", serialization_alias="Env"
    )

    args: Annotated[list[str], NullAsEmptyList] = Field(
        validation_alias="Args", serialization_alias="Args"
    )

    devices: Annotated[list[PluginDevice], NullAsEmptyList] = Field(
        validation_alias="Devices", serialization_alias="Devices"
    )
