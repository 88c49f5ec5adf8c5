"""CreateImageInfo: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .error_detail import ErrorDetail
from .progress_detail import ProgressDetail


class CreateImageInfo(Model):
    """CreateImageInfo"""

    id: str | None = None

    error: str | None = None

    error_detail: ErrorDetail | None = Field(
        default=None, validation_alias="errorDetail", serialization_alias="errorDetail"
    )

    status: str | None = None

    progress: str | None = None

    progress_detail: ProgressDetail | None = Field(
        default=None,
        validation_alias="progressDetail",
        serialization_alias="progressDetail",
    )
