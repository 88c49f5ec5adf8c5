"""ErrorResponse: models of the Engine API."""

from __future__ import annotations

from .._runtime.model import Model


class ErrorResponse(Model):
    """Represents an error."""

    message: str
    """The error message."""
