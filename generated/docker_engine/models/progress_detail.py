"""ProgressDetail: models of the Engine API."""

from __future__ import annotations

from .._runtime.model import Model


class ProgressDetail(Model):
    """ProgressDetail"""

    current: int | None = None

    total: int | None = None
