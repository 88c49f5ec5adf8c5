"""AuthConfig: models of the Engine API."""

from __future__ import annotations

from .._runtime.model import Model


class AuthConfig(Model):
    """AuthConfig"""

    username: str | None = None

    password: str | None = None

    email: str | None = None
    """Email is an optional value associated with the username.

    > **Deprecated**: This field is deprecated since docker 1.11 (API v1.23) and will be removed in a future release.
    """

    serveraddress: str | None = None
