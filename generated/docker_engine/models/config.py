"""Config: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .config_spec import ConfigSpec
from .object_version import ObjectVersion


class Config(Model):
    """Config"""

    id: str | None = Field(default=None, alias="ID")

    version: ObjectVersion | None = Field(default=None, alias="Version")

    created_at: str | None = Field(default=None, alias="CreatedAt")

    updated_at: str | None = Field(default=None, alias="UpdatedAt")

    spec: ConfigSpec | None = Field(default=None, alias="Spec")
