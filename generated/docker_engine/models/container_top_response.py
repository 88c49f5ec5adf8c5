"""ContainerTopResponse: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ContainerTopResponse(Model):
    """OK response to ContainerTop operation"""

    titles: list[str] | None = Field(
        default=None, validation_alias="Titles", serialization_alias="Titles"
    )
    """The ps column titles"""

    processes: list[list[str]] | None = Field(
        default=None, validation_alias="Processes", serialization_alias="Processes"
    )
    """Each process running in the container, where each is process
    is an array of values corresponding to the titles.
    """
