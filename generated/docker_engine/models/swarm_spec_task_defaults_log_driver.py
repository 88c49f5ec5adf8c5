"""SwarmSpecTaskDefaultsLogDriver: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class SwarmSpecTaskDefaultsLogDriver(Model):
    """The log driver to use for tasks created in the orchestrator if
    unspecified by a service.

    Updating this value only affects new tasks. Existing tasks continue
    to use their previously configured log driver until recreated.
    """

    name: str | None = Field(
        default=None, validation_alias="Name", serialization_alias="Name"
    )
    """The log driver to use as a default for new tasks."""

    options: dict[str, str] | None = Field(
        default=None, validation_alias="Options", serialization_alias="Options"
    )
    """Driver-specific options for the selected log driver, specified
    as key/value pairs.
    """
