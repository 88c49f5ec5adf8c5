"""IdResponse: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class IdResponse(Model):
    """Response to an API call that returns just an Id"""

    id: str = Field(validation_alias="Id", serialization_alias="Id")
    """The id of the newly created object."""
