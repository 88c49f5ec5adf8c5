"""Base class of every generated model."""

from __future__ import annotations

import pydantic
from pydantic import ConfigDict

__all__ = ["Model"]


class Model(pydantic.BaseModel):
    """Lenient model: unknown fields are kept (``extra="allow"``), fields can be set
    by name or alias, and schemas are built on first use (``defer_build``) so that
    importing hundreds of models stays cheap."""

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
        protected_namespaces=(),
    )
