"""Health: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .healthcheck_result import HealthcheckResult


class Health(Model):
    """Health stores information about the container's healthcheck results."""

    status: str | None = Field(default=None, alias="Status")
    """Status is one of `none`, `starting`, `healthy` or `unhealthy`

    - "none"      Indicates there is no healthcheck
    - "starting"  Starting indicates that the container is not yet ready
    - "healthy"   Healthy indicates that the container is running correctly
    - "unhealthy" Unhealthy indicates that the container has a problem

    One of: 'none', 'starting', 'healthy', 'unhealthy' (other values are passed through).

    Since API 1.39.
    """

    failing_streak: int | None = Field(default=None, alias="FailingStreak")
    """FailingStreak is the number of consecutive failures

    Since API 1.39.
    """

    log: list[HealthcheckResult] | None = Field(default=None, alias="Log")
    """Log contains the last few results (oldest first)

    Since API 1.39.
    """
