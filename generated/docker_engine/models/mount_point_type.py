"""MountPointType: models of the Engine API."""

from __future__ import annotations

from .._runtime.model import Model


class MountPointType(Model):
    """The mount type:

    - `bind` a mount of a file or directory from the host into the container.
    - `cluster` a Swarm cluster volume.
    - `npipe` a named pipe from the host into the container.
    - `tmpfs` a `tmpfs`.
    - `volume` a docker volume with the given `Name`.
    """
