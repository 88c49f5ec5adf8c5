"""SwarmSpecCAConfig: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .swarm_spec_ca_config_external_cas_item import SwarmSpecCAConfigExternalCASItem


class SwarmSpecCAConfig(Model):
    """CA configuration."""

    node_cert_expiry: int | None = Field(default=None, alias="NodeCertExpiry")
    """The duration node certificates are issued for."""

    external_cas: list[SwarmSpecCAConfigExternalCASItem] | None = Field(
        default=None, alias="ExternalCAs"
    )
    """Configuration for forwarding signing requests to an external
    certificate authority.
    """

    signing_ca_cert: str | None = Field(default=None, alias="SigningCACert")
    """The desired signing CA certificate for all swarm node TLS leaf
    certificates, in PEM format.

    Since API 1.30.
    """

    signing_ca_key: str | None = Field(default=None, alias="SigningCAKey")
    """The desired signing CA key for all swarm node TLS leaf certificates,
    in PEM format.

    Since API 1.30.
    """

    force_rotate: int | None = Field(default=None, alias="ForceRotate")
    """An integer whose purpose is to force swarm to generate a new
    signing CA certificate and key, if none have been specified in
    `SigningCACert` and `SigningCAKey`

    Since API 1.30.
    """
