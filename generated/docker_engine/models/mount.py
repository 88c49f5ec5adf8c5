"""Mount: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .mount_bind_options import MountBindOptions
from .mount_tmpfs_options import MountTmpfsOptions
from .mount_type import MountType
from .mount_volume_options import MountVolumeOptions


class Mount(Model):
    """Mount"""

    target: str | None = Field(default=None, alias="Target")
    """Container path."""

    source: str | None = Field(default=None, alias="Source")
    """Mount source (e.g. a volume name, a host path). The source cannot be
    specified when using `Type=tmpfs`. For `Type=bind`, the source path
    must either exist, or the `CreateMountpoint` must be set to `true` to
    create the source path on the host if missing.

    For `Type=npipe`, the pipe must exist prior to creating the container.
    """

    type: MountType | None = Field(default=None, alias="Type")
    """The mount type. Available types:

    - `bind` Mounts a file or directory from the host into the container. The `Source` must exist prior to creating the container.
    - `cluster` a Swarm cluster volume
    - `npipe` Mounts a named pipe from the host into the container. The `Source` must exist prior to creating the container.
    - `tmpfs` Create a tmpfs with the given options. The mount `Source` cannot be specified for tmpfs.
    - `volume` Creates a volume with the given name and options (or uses a pre-existing volume with the same name and options). These are **not** removed when the container is removed.

    'cluster' since API 1.42. 'npipe' since API 1.32.
    """

    read_only: bool | None = Field(default=None, alias="ReadOnly")
    """Whether the mount should be read-only."""

    consistency: str | None = Field(default=None, alias="Consistency")
    """The consistency requirement for the mount: `default`, `consistent`, `cached`, or `delegated`.

    Since API 1.29.
    """

    bind_options: MountBindOptions | None = Field(default=None, alias="BindOptions")
    """Optional configuration for the `bind` type."""

    volume_options: MountVolumeOptions | None = Field(
        default=None, alias="VolumeOptions"
    )
    """Optional configuration for the `volume` type."""

    tmpfs_options: MountTmpfsOptions | None = Field(default=None, alias="TmpfsOptions")
    """Optional configuration for the `tmpfs` type."""
