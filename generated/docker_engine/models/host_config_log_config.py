"""HostConfigLogConfig: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class HostConfigLogConfig(Model):
    """The logging configuration for this container"""

    type: str | None = Field(default=None, alias="Type")
    """One of: 'json-file', 'syslog', 'journald', 'gelf', 'fluentd', 'awslogs', 'splunk', 'etwlogs', 'none' (other values are passed through)."""

    config: dict[str, str] | None = Field(default=None, alias="Config")
