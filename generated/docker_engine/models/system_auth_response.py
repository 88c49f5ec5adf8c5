"""SystemAuthResponse: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class SystemAuthResponse(Model):
    """SystemAuthResponse"""

    status: str = Field(validation_alias="Status", serialization_alias="Status")
    """The status of the authentication"""

    identity_token: str | None = Field(
        default=None,
        validation_alias="IdentityToken",
        serialization_alias="IdentityToken",
    )
    """An opaque token used to authenticate a user after a successful login"""
