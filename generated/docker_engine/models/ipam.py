"""IPAM: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .ipam_config import IPAMConfig


class IPAM(Model):
    """IPAM"""

    driver: str | None = Field(
        default=None, validation_alias="Driver", serialization_alias="Driver"
    )
    """Name of the IPAM driver to use."""

    config: list[IPAMConfig] | None = Field(
        default=None, validation_alias="Config", serialization_alias="Config"
    )
    """List of IPAM configuration options, specified as a map:

    ```
    {"Subnet": <CIDR>, "IPRange": <CIDR>, "Gateway": <IP address>, "AuxAddress": <device_name:IP address>}
    ```
    """

    options: dict[str, str] | None = Field(
        default=None, validation_alias="Options", serialization_alias="Options"
    )
    """Driver-specific options, specified as a map."""
