"""PluginConfigNetwork: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class PluginConfigNetwork(Model):
    """PluginConfigNetwork"""

    type: str = Field(validation_alias="Type", serialization_alias="Type")
