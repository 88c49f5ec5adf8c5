"""MountTmpfsOptions: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class MountTmpfsOptions(Model):
    """Optional configuration for the `tmpfs` type."""

    size_bytes: int | None = Field(
        default=None, validation_alias="SizeBytes", serialization_alias="SizeBytes"
    )
    """The size for the tmpfs mount in bytes."""

    mode: int | None = Field(
        default=None, validation_alias="Mode", serialization_alias="Mode"
    )
    """The permission mode for the tmpfs mount in an integer.
    The value must not be in octal format (e.g. 755) but rather
    the decimal representation of the octal value (e.g. 493).
    """
