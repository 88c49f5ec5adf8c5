"""ErrorDetail: models of the Engine API."""

from __future__ import annotations

from .._runtime.model import Model


class ErrorDetail(Model):
    """ErrorDetail"""

    code: int | None = None

    message: str | None = None
