"""PluginConfigRootfs: models of the Engine API."""

from __future__ import annotations

from .._runtime.model import Model


class PluginConfigRootfs(Model):
    """PluginConfigRootfs"""

    type: str | None = None

    diff_ids: list[str] | None = None
