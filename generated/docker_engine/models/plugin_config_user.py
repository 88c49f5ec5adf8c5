"""PluginConfigUser: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class PluginConfigUser(Model):
    """PluginConfigUser"""

    uid: int | None = Field(
        default=None, validation_alias="UID", serialization_alias="UID"
    )

    gid: int | None = Field(
        default=None, validation_alias="GID", serialization_alias="GID"
    )
