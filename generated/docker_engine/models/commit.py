"""Commit: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class Commit(Model):
    """Commit holds the Git-commit (SHA1) that a binary was built from, as
    reported in the version-string of external tools, such as `containerd`,
    or `runC`.
    """

    id: str | None = Field(default=None, alias="ID")
    """Actual commit ID of external tool.

    Since API 1.32.
    """

    expected: str | None = Field(default=None, alias="Expected")
    """Commit ID of external tool expected by dockerd as set at build time.

    Since API 1.32.
    """
