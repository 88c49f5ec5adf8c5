"""ImageHistoryResponseItem: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ImageHistoryResponseItem(Model):
    """individual image layer information in response to ImageHistory operation"""

    id: str | None = Field(default=None, alias="Id")

    created: int | None = Field(default=None, alias="Created")

    created_by: str | None = Field(default=None, alias="CreatedBy")

    tags: list[str] | None = Field(default=None, alias="Tags")

    size: int | None = Field(default=None, alias="Size")

    comment: str | None = Field(default=None, alias="Comment")
