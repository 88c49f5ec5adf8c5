"""NetworkAttachmentConfig: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class NetworkAttachmentConfig(Model):
    """Specifies how a service should be attached to a particular network."""

    target: str | None = Field(default=None, alias="Target")
    """The target network for attachment. Must be a network name or ID."""

    aliases: list[str] | None = Field(default=None, alias="Aliases")
    """Discoverable alternate names for the service on this network."""

    driver_opts: dict[str, str] | None = Field(default=None, alias="DriverOpts")
    """Driver attachment options for the network target.

    Since API 1.39.
    """
