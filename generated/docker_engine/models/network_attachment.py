"""NetworkAttachment: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .network import Network


class NetworkAttachment(Model):
    """Specifies how a task is attached to a network, and the addresses the
    task was assigned on that network.
    """

    network: Network | None = Field(
        default=None, validation_alias="Network", serialization_alias="Network"
    )

    addresses: list[str] | None = Field(
        default=None, validation_alias="Addresses", serialization_alias="Addresses"
    )
    """The IP addresses (in CIDR notation) assigned to the task on this
    network. To maintain backward compatibility this field accepts CIDR
    notation, but only the IP address is used.
    """
