"""NodeDescription: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .engine_description import EngineDescription
from .platform import Platform
from .resource_object import ResourceObject
from .tls_info import TLSInfo


class NodeDescription(Model):
    """NodeDescription encapsulates the properties of the Node as reported by the
    agent.
    """

    hostname: str | None = Field(default=None, alias="Hostname")

    platform: Platform | None = Field(default=None, alias="Platform")

    resources: ResourceObject | None = Field(default=None, alias="Resources")

    engine: EngineDescription | None = Field(default=None, alias="Engine")

    tls_info: TLSInfo | None = Field(default=None, alias="TLSInfo")
    """Since API 1.30."""
