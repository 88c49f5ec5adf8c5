"""ServiceEndpoint: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .endpoint_port_config import EndpointPortConfig
from .endpoint_spec import EndpointSpec
from .service_endpoint_virtual_ips_item import ServiceEndpointVirtualIPSItem


class ServiceEndpoint(Model):
    """ServiceEndpoint"""

    spec: EndpointSpec | None = Field(
        default=None, validation_alias="Spec", serialization_alias="Spec"
    )

    ports: list[EndpointPortConfig] | None = Field(
        default=None, validation_alias="Ports", serialization_alias="Ports"
    )

    virtual_ips: list[ServiceEndpointVirtualIPSItem] | None = Field(
        default=None, validation_alias="VirtualIPs", serialization_alias="VirtualIPs"
    )
