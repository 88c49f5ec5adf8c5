"""HealthConfig: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class HealthConfig(Model):
    """A test to perform to check that the container is healthy.
    Healthcheck commands should be side-effect free.
    """

    test: list[str] | None = Field(default=None, alias="Test")
    """The test to perform. Possible values are:

    - `[]` inherit healthcheck from image or parent image
    - `["NONE"]` disable healthcheck
    - `["CMD", args...]` exec arguments directly
    - `["CMD-SHELL", command]` run command with system's default shell

    A non-zero exit code indicates a failed healthcheck:
    - `0` healthy
    - `1` unhealthy
    - `2` reserved (treated as unhealthy)
    - other values: error running probe
    """

    interval: int | None = Field(default=None, alias="Interval")
    """The time to wait between checks in nanoseconds. It should be 0 or at
    least 1000000 (1 ms). 0 means inherit.
    """

    timeout: int | None = Field(default=None, alias="Timeout")
    """The time to wait before considering the check to have hung. It should
    be 0 or at least 1000000 (1 ms). 0 means inherit.

    If the health check command does not complete within this timeout,
    the check is considered failed and the health check process is
    forcibly terminated without a graceful shutdown.
    """

    retries: int | None = Field(default=None, alias="Retries")
    """The number of consecutive failures needed to consider a container as
    unhealthy. 0 means inherit.
    """

    start_period: int | None = Field(default=None, alias="StartPeriod")
    """Start period for the container to initialize before starting
    health-retries countdown in nanoseconds. It should be 0 or at least
    1000000 (1 ms). 0 means inherit.

    Since API 1.29.
    """

    start_interval: int | None = Field(default=None, alias="StartInterval")
    """The time to wait between checks in nanoseconds during the start period.
    It should be 0 or at least 1000000 (1 ms). 0 means inherit.

    Since API 1.44.
    """
