"""NetworkPruneResponse: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class NetworkPruneResponse(Model):
    """NetworkPruneResponse"""

    networks_deleted: list[str] | None = Field(default=None, alias="NetworksDeleted")
    """Networks that were deleted

    Since API 1.26.
    """
