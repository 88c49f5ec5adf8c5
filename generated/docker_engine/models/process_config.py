"""ProcessConfig: models of the Engine API."""

from __future__ import annotations

from .._runtime.model import Model


class ProcessConfig(Model):
    """ProcessConfig"""

    privileged: bool | None = None

    user: str | None = None

    tty: bool | None = None

    entrypoint: str | None = None

    arguments: list[str] | None = None
