"""Secret: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .object_version import ObjectVersion
from .secret_spec import SecretSpec


class Secret(Model):
    """Secret"""

    id: str | None = Field(
        default=None, validation_alias="ID", serialization_alias="ID"
    )

    version: ObjectVersion | None = Field(
        default=None, validation_alias="Version", serialization_alias="Version"
    )

    created_at: str | None = Field(
        default=None, validation_alias="CreatedAt", serialization_alias="CreatedAt"
    )

    updated_at: str | None = Field(
        default=None, validation_alias="UpdatedAt", serialization_alias="UpdatedAt"
    )

    spec: SecretSpec | None = Field(
        default=None, validation_alias="Spec", serialization_alias="Spec"
    )
