"""ServiceEndpoint: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .endpoint_port_config import EndpointPortConfig
from .endpoint_spec import EndpointSpec
from .service_endpoint_virtual_ips_item import ServiceEndpointVirtualIPSItem


class ServiceEndpoint(Model):
    """ServiceEndpoint"""

    spec: EndpointSpec | None = Field(default=None, alias="Spec")

    ports: list[EndpointPortConfig] | None = Field(default=None, alias="Ports")

    virtual_ips: list[ServiceEndpointVirtualIPSItem] | None = Field(
        default=None, alias="VirtualIPs"
    )
