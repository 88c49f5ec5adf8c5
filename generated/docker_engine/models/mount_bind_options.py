"""MountBindOptions: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class MountBindOptions(Model):
    """Optional configuration for the `bind` type."""

    propagation: str | None = Field(default=None, alias="Propagation")
    """A propagation mode with the value `[r]private`, `[r]shared`, or `[r]slave`.

    One of: 'private', 'rprivate', 'shared', 'rshared', 'slave', 'rslave' (other values are passed through).
    """

    non_recursive: bool | None = Field(default=None, alias="NonRecursive")
    """Disable recursive bind mount.

    Since API 1.40.
    """

    create_mountpoint: bool | None = Field(default=None, alias="CreateMountpoint")
    """Create mount point on host if missing

    Since API 1.42.
    """

    read_only_non_recursive: bool | None = Field(
        default=None, alias="ReadOnlyNonRecursive"
    )
    """Make the mount non-recursively read-only, but still leave the mount recursive
    (unless NonRecursive is set to true in conjunction).

    Since API 1.44.
    """

    read_only_force_recursive: bool | None = Field(
        default=None, alias="ReadOnlyForceRecursive"
    )
    """Raise an error if the mount cannot be made recursively read-only.

    Since API 1.44.
    """
