"""Topology: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class Topology(Model):
    """A map of topological domains to topological segments. For in depth
    details, see documentation for the Topology object in the CSI
    specification.
    """

    segments: dict[str, str] | None = Field(default=None, alias="Segments")
    """Since API 1.42."""
