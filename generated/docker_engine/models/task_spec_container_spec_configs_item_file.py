"""TaskSpecContainerSpecConfigsItemFile: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class TaskSpecContainerSpecConfigsItemFile(Model):
    """File represents a specific target that is backed by a file.

    <p><br /><p>

    > **Note**: `Configs.File` and `Configs.Runtime` are mutually exclusive
    """

    name: str | None = Field(default=None, alias="Name")
    """Name represents the final filename in the filesystem.

    Since API 1.30.
    """

    uid: str | None = Field(default=None, alias="UID")
    """UID represents the file UID.

    Since API 1.30.
    """

    gid: str | None = Field(default=None, alias="GID")
    """GID represents the file GID.

    Since API 1.30.
    """

    mode: int | None = Field(default=None, alias="Mode")
    """Mode represents the FileMode of the file.

    Since API 1.30.
    """
