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

    volume: list[str] | None = Field(default=None, alias="Volume")
    """Names of available volume-drivers, and network-driver plugins."""

    network: list[str] | None = Field(default=None, alias="Network")
    """Names of available network-drivers, and network-driver plugins."""

    authorization: list[str] | None = Field(default=None, alias="Authorization")
    """Names of available authorization plugins.

    Since API 1.32.
    """

    log: list[str] | None = Field(default=None, alias="Log")
    """Names of available logging-drivers, and logging-driver plugins.

    Since API 1.30.
    """
