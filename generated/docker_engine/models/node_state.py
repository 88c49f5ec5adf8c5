"""NodeState: models of the Engine API."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias
from .._runtime.model import OpenEnum

NodeState: TypeAlias = Annotated[
    Literal["unknown", "down", "ready", "disconnected"], OpenEnum
]
"""NodeState represents the state of a node.

One of: 'unknown', 'down', 'ready', 'disconnected'.
"""
