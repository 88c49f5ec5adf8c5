"""PluginPrivilege: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class PluginPrivilege(Model):
    """Describes a permission the user has to accept upon installing
    the plugin.
    """

    name: str | None = Field(
        default=None, validation_alias="Name", serialization_alias="Name"
    )

    description: str | None = Field(
        default=None, validation_alias="Description", serialization_alias="Description"
    )

    value: list[str] | None = Field(
        default=None, validation_alias="Value", serialization_alias="Value"
    )
