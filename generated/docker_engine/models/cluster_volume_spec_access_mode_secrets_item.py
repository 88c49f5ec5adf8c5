"""ClusterVolumeSpecAccessModeSecretsItem: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ClusterVolumeSpecAccessModeSecretsItem(Model):
    """One cluster volume secret entry. Defines a key-value pair that
    is passed to the plugin.
    """

    key: str | None = Field(default=None, alias="Key")
    """Key is the name of the key of the key-value pair passed to
    the plugin.

    Since API 1.42.
    """

    secret: str | None = Field(default=None, alias="Secret")
    """Secret is the swarm Secret object from which to read data.
    This can be a Secret name or ID. The Secret data is
    retrieved by swarm and used as the value of the key-value
    pair passed to the plugin.

    Since API 1.42.
    """
