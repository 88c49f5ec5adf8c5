"""LocalNodeState: models of the Engine API."""

from __future__ import annotations

from typing import TypeAlias

LocalNodeState: TypeAlias = str
"""Current local status of this node.

One of: '', 'inactive', 'pending', 'active', 'error', 'locked'.
"""
