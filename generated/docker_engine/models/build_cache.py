"""BuildCache: models of the Engine API."""

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import Field
from .._runtime.model import Model, OpenEnum


class BuildCache(Model):
    """BuildCache contains information about a build cache record."""

    id: str | None = Field(
        default=None, validation_alias="ID", serialization_alias="ID"
    )
    """Unique ID of the build cache record."""

    parents: list[str] | None = Field(
        default=None, validation_alias="Parents", serialization_alias="Parents"
    )
    """List of parent build cache record IDs."""

    type: (
        Annotated[
            Literal[
                "internal",
                "frontend",
                "source.local",
                "source.git.checkout",
                "exec.cachemount",
                "regular",
            ],
            OpenEnum,
        ]
        | None
    ) = Field(default=None, validation_alias="Type", serialization_alias="Type")
    """Cache record type.

    One of: 'internal', 'frontend', 'source.local', 'source.git.checkout', 'exec.cachemount', 'regular' (other values are passed through).
    """

    description: str | None = Field(
        default=None, validation_alias="Description", serialization_alias="Description"
    )
    """Description of the build-step that produced the build cache."""

    in_use: bool | None = Field(
        default=None, validation_alias="InUse", serialization_alias="InUse"
    )
    """Indicates if the build cache is in use."""

    shared: bool | None = Field(
        default=None, validation_alias="Shared", serialization_alias="Shared"
    )
    """Indicates if the build cache is shared."""

    size: int | None = Field(
        default=None, validation_alias="Size", serialization_alias="Size"
    )
    """Amount of disk space used by the build cache (in bytes)."""

    created_at: str | None = Field(
        default=None, validation_alias="CreatedAt", serialization_alias="CreatedAt"
    )
    """Date and time at which the build cache was created in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
    """

    last_used_at: str | None = Field(
        default=None, validation_alias="LastUsedAt", serialization_alias="LastUsedAt"
    )
    """Date and time at which the build cache was last used in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
    """

    usage_count: int | None = Field(
        default=None, validation_alias="UsageCount", serialization_alias="UsageCount"
    )
