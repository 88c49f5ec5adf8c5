"""ServiceCreateResponse: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ServiceCreateResponse(Model):
    """contains the information returned to a client on the
    creation of a new service.
    """

    id: str | None = Field(default=None, alias="ID")
    """The ID of the created service."""

    warnings: list[str] | None = Field(default=None, alias="Warnings")
    """Optional warning message.

    FIXME(thaJeztah): this should have "omitempty" in the generated type.

    Since API 1.44.
    """
