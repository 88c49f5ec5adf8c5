"""TaskSpecContainerSpecConfigsItemFile: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class TaskSpecContainerSpecConfigsItemFile(Model):
    """File represents a specific target that is backed by a file.

    <p><br /><p>

    > **Note**: `Configs.File` and `Configs.Runtime` are mutually exclusive
    """

    name: str | None = Field(
        default=None, validation_alias="Name", serialization_alias="Name"
    )
    """Name represents the final filename in the filesystem."""

    uid: str | None = Field(
        default=None, validation_alias="UID", serialization_alias="UID"
    )
    """UID represents the file UID."""

    gid: str | None = Field(
        default=None, validation_alias="GID", serialization_alias="GID"
    )
    """GID represents the file GID."""

    mode: int | None = Field(
        default=None, validation_alias="Mode", serialization_alias="Mode"
    )
    """Mode represents the FileMode of the file."""
