"""Config: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .config_spec import ConfigSpec
from .object_version import ObjectVersion


class Config(Model):
    """Config"""

    id: str | None = Field(default=None, alias="ID")
    """Since API 1.30."""

    version: ObjectVersion | None = Field(default=None, alias="Version")
    """Since API 1.30."""

    created_at: str | None = Field(default=None, alias="CreatedAt")
    """Since API 1.30."""

    updated_at: str | None = Field(default=None, alias="UpdatedAt")
    """Since API 1.30."""

    spec: ConfigSpec | None = Field(default=None, alias="Spec")
    """Since API 1.30."""
