"""ServiceUpdateResponse: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ServiceUpdateResponse(Model):
    """ServiceUpdateResponse"""

    warnings: list[str] | None = Field(default=None, alias="Warnings")
    """Optional warning messages

    Since API 1.28.
    """
