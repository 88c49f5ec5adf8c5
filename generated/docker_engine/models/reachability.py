"""Reachability: models of the Engine API."""

from __future__ import annotations

from typing import TypeAlias

Reachability: TypeAlias = str
"""Reachability represents the reachability of a node.

One of: 'unknown', 'unreachable', 'reachable'.
"""
