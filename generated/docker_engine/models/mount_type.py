"""MountType: models of the Engine API."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias
from .._runtime.model import OpenEnum

MountType: TypeAlias = Annotated[
    Literal["bind", "cluster", "npipe", "tmpfs", "volume"], OpenEnum
]
"""The mount type. Available types:

- `bind` a mount of a file or directory from the host into the container.
- `cluster` a Swarm cluster volume.
- `npipe` a named pipe from the host into the container.
- `tmpfs` a `tmpfs`.
- `volume` a docker volume with the given `Name`.

One of: 'bind', 'cluster', 'npipe', 'tmpfs', 'volume'.
"""
