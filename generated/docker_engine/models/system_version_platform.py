"""SystemVersionPlatform: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class SystemVersionPlatform(Model):
    """SystemVersionPlatform"""

    name: str = Field(validation_alias="Name", serialization_alias="Name")
