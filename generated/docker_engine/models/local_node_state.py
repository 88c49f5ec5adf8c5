"""LocalNodeState: models of the Engine API."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias
from .._runtime.model import OpenEnum

LocalNodeState: TypeAlias = Annotated[
    Literal["", "inactive", "pending", "active", "error", "locked"], OpenEnum
]
"""Current local status of this node.

One of: '', 'inactive', 'pending', 'active', 'error', 'locked'.
"""
