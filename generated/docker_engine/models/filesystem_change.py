"""FilesystemChange: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .change_type import ChangeType


class FilesystemChange(Model):
    """Change in the container's filesystem."""

    path: str = Field(validation_alias="Path", serialization_alias="Path")
    """Path to file or directory that has changed."""

    kind: ChangeType = Field(validation_alias="Kind", serialization_alias="Kind")
