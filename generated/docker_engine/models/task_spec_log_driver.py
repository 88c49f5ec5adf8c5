"""TaskSpecLogDriver: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class TaskSpecLogDriver(Model):
    """Specifies the log driver to use for tasks created from this spec. If
    not present, the default one for the swarm will be used, finally
    falling back to the engine default if not specified.
    """

    name: str | None = Field(
        default=None, validation_alias="Name", serialization_alias="Name"
    )

    options: dict[str, str] | None = Field(
        default=None, validation_alias="Options", serialization_alias="Options"
    )
