"""NodeState: models of the Engine API."""

from __future__ import annotations

from typing import TypeAlias

NodeState: TypeAlias = str
"""NodeState represents the state of a node.

One of: 'unknown', 'down', 'ready', 'disconnected'.
"""
