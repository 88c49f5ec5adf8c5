"""RestartPolicy: models of the Engine API."""

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import Field
from .._runtime.model import Model, OpenEnum


class RestartPolicy(Model):
    """The behavior to apply when the container exits. The default is not to
    restart.

    An ever increasing delay (double the previous delay, starting at 100ms) is
    added before each restart to prevent flooding the server.
    """

    name: (
        Annotated[Literal["", "no", "always", "unless-stopped", "on-failure"], OpenEnum]
        | None
    ) = Field(default=None, validation_alias="Name", serialization_alias="Name")
    """- Empty string means not to restart
    - `no` Do not automatically restart
    - `always` Always restart
    - `unless-stopped` Restart always except when the user has manually stopped the container
    - `on-failure` Restart only when the container exit code is non-zero

    One of: '', 'no', 'always', 'unless-stopped', 'on-failure' (other values are passed through).
    """

    maximum_retry_count: int | None = Field(
        default=None,
        validation_alias="MaximumRetryCount",
        serialization_alias="MaximumRetryCount",
    )
    """If `on-failure` is used, the number of times to retry before giving up."""
