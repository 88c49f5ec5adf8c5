"""ExecStartConfig: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ExecStartConfig(Model):
    """ExecStartConfig"""

    detach: bool | None = Field(default=None, alias="Detach")
    """Detach from the command."""

    tty: bool | None = Field(default=None, alias="Tty")
    """Allocate a pseudo-TTY."""

    console_size: list[int] | None = Field(default=None, alias="ConsoleSize")
    """Initial console size, as an `[height, width]` array.

    Since API 1.42.
    """
