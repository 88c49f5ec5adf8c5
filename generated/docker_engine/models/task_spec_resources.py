"""TaskSpecResources: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .limit import Limit
from .resource_object import ResourceObject


class TaskSpecResources(Model):
    """Resource requirements which apply to each individual container created
    as part of the service.
    """

    limits: Limit | None = Field(
        default=None, validation_alias="Limits", serialization_alias="Limits"
    )
    """Define resources limits."""

    reservations: ResourceObject | None = Field(
        default=None,
        validation_alias="Reservations",
        serialization_alias="Reservations",
    )
    """Define resources reservation."""
