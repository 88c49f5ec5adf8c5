"""ConfigReference: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ConfigReference(Model):
    """The config-only network source to provide the configuration for
    this network.
    """

    network: str | None = Field(
        default=None, validation_alias="Network", serialization_alias="Network"
    )
    """The name of the config-only network that provides the network's
    configuration. The specified network must be an existing config-only
    network. Only network names are allowed, not network IDs.

    Since API 1.30.
    """
