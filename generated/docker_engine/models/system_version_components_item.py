"""SystemVersionComponentsItem: models of the Engine API."""

from __future__ import annotations

from typing import Any
from pydantic import Field
from .._runtime.model import Model


class SystemVersionComponentsItem(Model):
    """SystemVersionComponentsItem"""

    name: str | None = Field(default=None, alias="Name")
    """Name of the component

    Since API 1.35.
    """

    version: str | None = Field(default=None, alias="Version")
    """Version of the component

    Since API 1.35.
    """

    details: dict[str, Any] | None = Field(default=None, alias="Details")
    """Key/value pairs of strings with additional information about the
    component. These values are intended for informational purposes
    only, and their content is not defined, and not part of the API
    specification.

    These messages can be printed by the client as information to the user.

    Since API 1.35.
    """
