"""PortMap: models of the Engine API."""

from __future__ import annotations

from typing import TypeAlias
from .port_binding import PortBinding

PortMap: TypeAlias = dict[str, list[PortBinding] | None]
"""PortMap describes the mapping of container ports to host ports, using the
container's port-number and protocol as key in the format `<port>/<protocol>`,
for example, `80/udp`.

If a container's port is mapped for multiple protocols, separate entries
are added to the mapping table.
"""
