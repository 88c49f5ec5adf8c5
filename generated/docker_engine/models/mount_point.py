"""MountPoint: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .mount_point_type import MountPointType


class MountPoint(Model):
    """MountPoint represents a mount point configuration inside the container.
    This is used for reporting the mountpoints in use by a container.
    """

    type: MountPointType | None = Field(default=None, alias="Type")
    """The mount type:

    - `bind` a mount of a file or directory from the host into the container.
    - `cluster` a Swarm cluster volume.
    - `npipe` a named pipe from the host into the container.
    - `tmpfs` a `tmpfs`.
    - `volume` a docker volume with the given `Name`.

    'cluster' since API 1.42. 'npipe' since API 1.32.
    """

    name: str | None = Field(default=None, alias="Name")
    """Name is the name reference to the underlying data defined by `Source`
    e.g., the volume name.
    """

    source: str | None = Field(default=None, alias="Source")
    """Source location of the mount.

    For volumes, this contains the storage location of the volume (within
    `/var/lib/docker/volumes/`). For bind-mounts, and `npipe`, this contains
    the source (host) part of the bind-mount. For `tmpfs` mount points, this
    field is empty.
    """

    destination: str | None = Field(default=None, alias="Destination")
    """Destination is the path relative to the container root (`/`) where
    the `Source` is mounted inside the container.
    """

    driver: str | None = Field(default=None, alias="Driver")
    """Driver is the volume driver used to create the volume (if it is a volume)."""

    mode: str | None = Field(default=None, alias="Mode")
    """Mode is a comma separated list of options supplied by the user when
    creating the bind/volume mount.

    The default is platform-specific (`"z"` on Linux, empty on Windows).
    """

    rw: bool | None = Field(default=None, alias="RW")
    """Whether the mount is mounted writable (read-write)."""

    propagation: str | None = Field(default=None, alias="Propagation")
    """Propagation describes how mounts are propagated from the host into the
    mount point, and vice-versa. Refer to the [Linux kernel documentation](https://www.kernel.org/doc/Documentation/filesystems/sharedsubtree.txt)
    for details. This field is not used on Windows.
    """
