"""ChangeType: models of the Engine API."""

from __future__ import annotations

from typing import TypeAlias

ChangeType: TypeAlias = int
"""Kind of change

Can be one of:

- `0`: Modified ("C")
- `1`: Added ("A")
- `2`: Deleted ("D")

One of: 0, 1, 2.
"""
