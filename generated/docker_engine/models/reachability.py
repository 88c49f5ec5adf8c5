"""Reachability: models of the Engine API."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias
from .._runtime.model import OpenEnum

Reachability: TypeAlias = Annotated[
    Literal["unknown", "unreachable", "reachable"], OpenEnum
]
"""Reachability represents the reachability of a node.

One of: 'unknown', 'unreachable', 'reachable'.
"""
