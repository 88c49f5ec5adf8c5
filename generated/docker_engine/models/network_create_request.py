"""NetworkCreateRequest: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .config_reference import ConfigReference
from .ipam import IPAM


class NetworkCreateRequest(Model):
    """NetworkCreateRequest"""

    name: str = Field(validation_alias="Name", serialization_alias="Name")
    """The network's name."""

    check_duplicate: bool | None = Field(
        default=None,
        validation_alias="CheckDuplicate",
        serialization_alias="CheckDuplicate",
    )
    """Deprecated: CheckDuplicate is now always enabled."""

    driver: str | None = Field(
        default=None, validation_alias="Driver", serialization_alias="Driver"
    )
    """Name of the network driver plugin to use."""

    scope: str | None = Field(
        default=None, validation_alias="Scope", serialization_alias="Scope"
    )
    """The level at which the network exists (e.g. `swarm` for cluster-wide
    or `local` for machine level).

    Since API 1.30.
    """

    internal: bool | None = Field(
        default=None, validation_alias="Internal", serialization_alias="Internal"
    )
    """Restrict external access to the network."""

    attachable: bool | None = Field(
        default=None, validation_alias="Attachable", serialization_alias="Attachable"
    )
    """Globally scoped network is manually attachable by regular
    containers from workers in swarm mode.
    """

    ingress: bool | None = Field(
        default=None, validation_alias="Ingress", serialization_alias="Ingress"
    )
    """Ingress network is the network which provides the routing-mesh
    in swarm mode.

    Since API 1.29.
    """

    config_only: bool | None = Field(
        default=None, validation_alias="ConfigOnly", serialization_alias="ConfigOnly"
    )
    """Creates a config-only network. Config-only networks are placeholder
    networks for network configurations to be used by other networks.
    Config-only networks cannot be used directly to run containers
    or services.

    Since API 1.30.
    """

    config_from: ConfigReference | None = Field(
        default=None, validation_alias="ConfigFrom", serialization_alias="ConfigFrom"
    )
    """Specifies the source which will provide the configuration for
    this network. The specified network must be an existing
    config-only network; see ConfigOnly.

    Since API 1.30.
    """

    ipam: IPAM | None = Field(
        default=None, validation_alias="IPAM", serialization_alias="IPAM"
    )
    """Optional custom IP scheme for the network."""

    enable_ipv6: bool | None = Field(
        default=None, validation_alias="EnableIPv6", serialization_alias="EnableIPv6"
    )
    """Enable IPv6 on the network."""

    options: dict[str, str] | None = Field(
        default=None, validation_alias="Options", serialization_alias="Options"
    )
    """Network specific options to be used by the drivers."""

    labels: dict[str, str] | None = Field(
        default=None, validation_alias="Labels", serialization_alias="Labels"
    )
    """User-defined key/value metadata."""
