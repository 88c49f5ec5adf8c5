"""TaskSpecContainerSpecDNSConfig: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class TaskSpecContainerSpecDNSConfig(Model):
    """Specification for DNS related configurations in resolver configuration
    file (`resolv.conf`).
    """

    nameservers: list[str] | None = Field(
        default=None, validation_alias="Nameservers", serialization_alias="Nameservers"
    )
    """The IP addresses of the name servers."""

    search: list[str] | None = Field(
        default=None, validation_alias="Search", serialization_alias="Search"
    )
    """A search list for host-name lookup."""

    options: list[str] | None = Field(
        default=None, validation_alias="Options", serialization_alias="Options"
    )
    """A list of internal resolver variables to be modified (e.g.,
    `debug`, `ndots:3`, etc.).
    """
