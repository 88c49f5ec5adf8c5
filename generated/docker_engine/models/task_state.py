"""TaskState: models of the Engine API."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias
from .._runtime.model import OpenEnum

TaskState: TypeAlias = Annotated[
    Literal[
        "new",
        "allocated",
        "pending",
        "assigned",
        "accepted",
        "preparing",
        "ready",
        "starting",
        "running",
        "complete",
        "shutdown",
        "failed",
        "rejected",
        "remove",
        "orphaned",
    ],
    OpenEnum,
]
"""TaskState

One of: 'new', 'allocated', 'pending', 'assigned', 'accepted', 'preparing', 'ready', 'starting', 'running', 'complete', 'shutdown', 'failed', 'rejected', 'remove', 'orphaned'.
"""
