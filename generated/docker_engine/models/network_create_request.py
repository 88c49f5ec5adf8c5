"""NetworkCreateRequest: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .config_reference import ConfigReference
from .ipam import IPAM


class NetworkCreateRequest(Model):
    """NetworkCreateRequest"""

    name: str | None = Field(default=None, alias="Name")
    """The network's name."""

    check_duplicate: bool | None = Field(default=None, alias="CheckDuplicate")
    """Deprecated: CheckDuplicate is now always enabled."""

    driver: str | None = Field(default=None, alias="Driver")
    """Name of the network driver plugin to use."""

    scope: str | None = Field(default=None, alias="Scope")
    """The level at which the network exists (e.g. `swarm` for cluster-wide
    or `local` for machine level).

    Since API 1.41.
    """

    internal: bool | None = Field(default=None, alias="Internal")
    """Restrict external access to the network."""

    attachable: bool | None = Field(default=None, alias="Attachable")
    """Globally scoped network is manually attachable by regular
    containers from workers in swarm mode.

    Since API 1.27.
    """

    ingress: bool | None = Field(default=None, alias="Ingress")
    """Ingress network is the network which provides the routing-mesh
    in swarm mode.

    Since API 1.29.
    """

    config_only: bool | None = Field(default=None, alias="ConfigOnly")
    """Creates a config-only network. Config-only networks are placeholder
    networks for network configurations to be used by other networks.
    Config-only networks cannot be used directly to run containers
    or services.

    Since API 1.41.
    """

    config_from: ConfigReference | None = Field(default=None, alias="ConfigFrom")
    """Specifies the source which will provide the configuration for
    this network. The specified network must be an existing
    config-only network; see ConfigOnly.

    Since API 1.41.
    """

    ipam: IPAM | None = Field(default=None, alias="IPAM")
    """Optional custom IP scheme for the network."""

    enable_ipv6: bool | None = Field(default=None, alias="EnableIPv6")
    """Enable IPv6 on the network."""

    options: dict[str, str] | None = Field(default=None, alias="Options")
    """Network specific options to be used by the drivers."""

    labels: dict[str, str] | None = Field(default=None, alias="Labels")
    """User-defined key/value metadata."""
