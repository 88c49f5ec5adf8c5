"""PluginsInfo: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class PluginsInfo(Model):
    """Available plugins per type.

    <p><br /></p>

    > **Note**: Only unmanaged (V1) plugins are included in this list.
    > V1 plugins are "lazily" loaded, and are not returned in this list
    > if there is no resource using the plugin.
    """

    volume: list[str] | None = Field(
        default=None, validation_alias="Volume", serialization_alias="Volume"
    )
    """Names of available volume-drivers, and network-driver plugins."""

    network: list[str] | None = Field(
        default=None, validation_alias="Network", serialization_alias="Network"
    )
    """Names of available network-drivers, and network-driver plugins."""

    authorization: list[str] | None = Field(
        default=None,
        validation_alias="Authorization",
        serialization_alias="Authorization",
    )
    """Names of available authorization plugins."""

    log: list[str] | None = Field(
        default=None, validation_alias="Log", serialization_alias="Log"
    )
    """Names of available logging-drivers, and logging-driver plugins."""
