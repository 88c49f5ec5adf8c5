"""Health: models of the Engine API."""

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import Field
from .._runtime.model import Model, OpenEnum
from .healthcheck_result import HealthcheckResult


class Health(Model):
    """Health stores information about the container's healthcheck results."""

    status: (
        Annotated[Literal["none", "starting", "healthy", "unhealthy"], OpenEnum] | None
    ) = Field(default=None, validation_alias="Status", serialization_alias="Status")
    """Status is one of `none`, `starting`, `healthy` or `unhealthy`

    - "none"      Indicates there is no healthcheck
    - "starting"  Starting indicates that the container is not yet ready
    - "healthy"   Healthy indicates that the container is running correctly
    - "unhealthy" Unhealthy indicates that the container has a problem

    One of: 'none', 'starting', 'healthy', 'unhealthy' (other values are passed through).
    """

    failing_streak: int | None = Field(
        default=None,
        validation_alias="FailingStreak",
        serialization_alias="FailingStreak",
    )
    """FailingStreak is the number of consecutive failures"""

    log: list[HealthcheckResult] | None = Field(
        default=None, validation_alias="Log", serialization_alias="Log"
    )
    """Log contains the last few results (oldest first)"""
