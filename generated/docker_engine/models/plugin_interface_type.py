"""PluginInterfaceType: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class PluginInterfaceType(Model):
    """PluginInterfaceType"""

    prefix: str = Field(validation_alias="Prefix", serialization_alias="Prefix")

    capability: str = Field(
        validation_alias="Capability", serialization_alias="Capability"
    )

    version: str = Field(validation_alias="Version", serialization_alias="Version")
