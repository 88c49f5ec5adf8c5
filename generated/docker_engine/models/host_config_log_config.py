"""HostConfigLogConfig: models of the Engine API."""

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import Field
from .._runtime.model import Model, OpenEnum


class HostConfigLogConfig(Model):
    """The logging configuration for this container"""

    type: (
        Annotated[
            Literal[
                "json-file",
                "syslog",
                "journald",
                "gelf",
                "fluentd",
                "awslogs",
                "splunk",
                "etwlogs",
                "none",
            ],
            OpenEnum,
        ]
        | None
    ) = Field(default=None, validation_alias="Type", serialization_alias="Type")
    """One of: 'json-file', 'syslog', 'journald', 'gelf', 'fluentd', 'awslogs', 'splunk', 'etwlogs', 'none' (other values are passed through)."""

    config: dict[str, str] | None = Field(
        default=None, validation_alias="Config", serialization_alias="Config"
    )
