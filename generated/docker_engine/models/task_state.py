"""TaskState: models of the Engine API."""

from __future__ import annotations

from typing import TypeAlias

TaskState: TypeAlias = str
"""TaskState

One of: 'new', 'allocated', 'pending', 'assigned', 'accepted', 'preparing', 'ready', 'starting', 'running', 'complete', 'shutdown', 'failed', 'rejected', 'remove', 'orphaned'.
"""
