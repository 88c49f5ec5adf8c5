"""PushImageInfo: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .progress_detail import ProgressDetail


class PushImageInfo(Model):
    """PushImageInfo"""

    error: str | None = None

    status: str | None = None

    progress: str | None = None

    progress_detail: ProgressDetail | None = Field(
        default=None,
        validation_alias="progressDetail",
        serialization_alias="progressDetail",
    )
