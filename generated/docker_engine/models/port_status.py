"""PortStatus: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .endpoint_port_config import EndpointPortConfig


class PortStatus(Model):
    """represents the port status of a task's host ports whose service has published host ports"""

    ports: list[EndpointPortConfig] | None = Field(default=None, alias="Ports")
    """Since API 1.44."""
