"""ImageHistoryResponseItem: models of the Engine API."""

from __future__ import annotations

from typing import Annotated
from pydantic import Field
from .._runtime.model import Model, NullAsEmptyList


class ImageHistoryResponseItem(Model):
    """individual image layer information in response to ImageHistory operation"""

    id: str = Field(validation_alias="Id", serialization_alias="Id")

    created: int = Field(validation_alias="Created", serialization_alias="Created")

    created_by: str = Field(
        validation_alias="CreatedBy", serialization_alias="CreatedBy"
    )

    tags: Annotated[list[str], NullAsEmptyList] = Field(
        validation_alias="Tags", serialization_alias="Tags"
    )

    size: int = Field(validation_alias="Size", serialization_alias="Size")

    comment: str = Field(validation_alias="Comment", serialization_alias="Comment")
