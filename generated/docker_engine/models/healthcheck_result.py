"""HealthcheckResult: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class HealthcheckResult(Model):
    """HealthcheckResult stores information about a single run of a healthcheck probe"""

    start: str | None = Field(default=None, alias="Start")
    """Date and time at which this check started in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.

    Since API 1.39.
    """

    end: str | None = Field(default=None, alias="End")
    """Date and time at which this check ended in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.

    Since API 1.39.
    """

    exit_code: int | None = Field(default=None, alias="ExitCode")
    """ExitCode meanings:

    - `0` healthy
    - `1` unhealthy
    - `2` reserved (considered unhealthy)
    - other values: error running probe

    Since API 1.39.
    """

    output: str | None = Field(default=None, alias="Output")
    """Output from last check

    Since API 1.39.
    """
