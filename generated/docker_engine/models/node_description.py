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

    hostname: str | None = Field(
        default=None, validation_alias="Hostname", serialization_alias="Hostname"
    )

    platform: Platform | None = Field(
        default=None, validation_alias="Platform", serialization_alias="Platform"
    )

    resources: ResourceObject | None = Field(
        default=None, validation_alias="Resources", serialization_alias="Resources"
    )

    engine: EngineDescription | None = Field(
        default=None, validation_alias="Engine", serialization_alias="Engine"
    )

    tls_info: TLSInfo | None = Field(
        default=None, validation_alias="TLSInfo", serialization_alias="TLSInfo"
    )
