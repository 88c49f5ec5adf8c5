"""BuildCache: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class BuildCache(Model):
    """BuildCache contains information about a build cache record."""

    id: str | None = Field(default=None, alias="ID")
    """Unique ID of the build cache record.

    Since API 1.39.
    """

    parents: list[str] | None = Field(default=None, alias="Parents")
    """List of parent build cache record IDs.

    Since API 1.42.
    """

    type: str | None = Field(default=None, alias="Type")
    """Cache record type.

    One of: 'internal', 'frontend', 'source.local', 'source.git.checkout', 'exec.cachemount', 'regular' (other values are passed through).

    Since API 1.39.
    """

    description: str | None = Field(default=None, alias="Description")
    """Description of the build-step that produced the build cache.

    Since API 1.39.
    """

    in_use: bool | None = Field(default=None, alias="InUse")
    """Indicates if the build cache is in use.

    Since API 1.39.
    """

    shared: bool | None = Field(default=None, alias="Shared")
    """Indicates if the build cache is shared.

    Since API 1.39.
    """

    size: int | None = Field(default=None, alias="Size")
    """Amount of disk space used by the build cache (in bytes).

    Since API 1.39.
    """

    created_at: str | None = Field(default=None, alias="CreatedAt")
    """Date and time at which the build cache was created in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.

    Since API 1.39.
    """

    last_used_at: str | None = Field(default=None, alias="LastUsedAt")
    """Date and time at which the build cache was last used in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.

    Since API 1.39.
    """

    usage_count: int | None = Field(default=None, alias="UsageCount")
    """Since API 1.39."""
