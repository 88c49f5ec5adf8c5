"""MountBindOptions: models of the Engine API."""

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import Field
from .._runtime.model import Model, OpenEnum


class MountBindOptions(Model):
    """Optional configuration for the `bind` type."""

    propagation: (
        Annotated[
            Literal["private", "rprivate", "shared", "rshared", "slave", "rslave"],
            OpenEnum,
        ]
        | None
    ) = Field(
        default=None, validation_alias="Propagation", serialization_alias="Propagation"
    )
    """A propagation mode with the value `[r]private`, `[r]shared`, or `[r]slave`.

    One of: 'private', 'rprivate', 'shared', 'rshared', 'slave', 'rslave' (other values are passed through).
    """

    non_recursive: bool | None = Field(
        default=None,
        validation_alias="NonRecursive",
        serialization_alias="NonRecursive",
    )
    """Disable recursive bind mount."""

    create_mountpoint: bool | None = Field(
        default=None,
        validation_alias="CreateMountpoint",
        serialization_alias="CreateMountpoint",
    )
    """Create mount point on host if missing"""

    read_only_non_recursive: bool | None = Field(
        default=None,
        validation_alias="ReadOnlyNonRecursive",
        serialization_alias="ReadOnlyNonRecursive",
    )
    """Make the mount non-recursively read-only, but still leave the mount recursive
    (unless NonRecursive is set to true in conjunction).
    """

    read_only_force_recursive: bool | None = Field(
        default=None,
        validation_alias="ReadOnlyForceRecursive",
        serialization_alias="ReadOnlyForceRecursive",
    )
    """Raise an error if the mount cannot be made recursively read-only."""
