"""Platform: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class Platform(Model):
    """Platform represents the platform (Arch/OS)."""

    architecture: str | None = Field(
        default=None,
        validation_alias="Architecture",
        serialization_alias="Architecture",
    )
    """Architecture represents the hardware architecture (for example,
    `x86_64`).
    """

    os: str | None = Field(
        default=None, validation_alias="OS", serialization_alias="OS"
    )
    """OS represents the Operating System (for example, `linux` or `windows`)."""
