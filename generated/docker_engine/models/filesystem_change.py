"""FilesystemChange: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .change_type import ChangeType


class FilesystemChange(Model):
    """Change in the container's filesystem."""

    path: str | None = Field(default=None, alias="Path")
    """Path to file or directory that has changed."""

    kind: ChangeType | None = Field(default=None, alias="Kind")
