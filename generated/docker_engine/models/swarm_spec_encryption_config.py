"""SwarmSpecEncryptionConfig: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class SwarmSpecEncryptionConfig(Model):
    """Parameters related to encryption-at-rest."""

    auto_lock_managers: bool | None = Field(
        default=None,
        validation_alias="AutoLockManagers",
        serialization_alias="AutoLockManagers",
    )
    """If set, generate a key and use it to lock data stored on the
    managers.
    """
