"""ChangeType: models of the Engine API."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias
from .._runtime.model import OpenEnum

ChangeType: TypeAlias = Annotated[Literal[0, 1, 2], OpenEnum]
"""Kind of change

Can be one of:

- `0`: Modified ("C")
- `1`: Added ("A")
- `2`: Deleted ("D")

One of: 0, 1, 2.
"""
