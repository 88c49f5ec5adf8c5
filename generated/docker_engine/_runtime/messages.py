"""The JSON message model of the daemon's NDJSON streams (pull, push, build,
load, import): ``pkg/jsonmessage.JSONMessage``."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .model import Model

__all__ = ["ErrorDetail", "JsonMessage", "ProgressDetail"]


class ProgressDetail(Model):
    current: int | None = None
    total: int | None = None
    start: int | None = None
    hidecounts: bool | None = None
    units: str | None = None


class ErrorDetail(Model):
    code: int | None = None
    message: str | None = None


class JsonMessage(Model):
    """One stream message. All fields optional; unknown fields are kept.

    ``aux`` is any JSON: ``{"ID": ...}`` (build), ``{"Tag", "Digest", "Size"}``
    (push) or a base64 BuildKit trace string.
    """

    stream: str | None = None
    status: str | None = None
    progress: str | None = None
    progress_detail: ProgressDetail | None = Field(
        default=None,
        validation_alias="progressDetail",
        serialization_alias="progressDetail",
    )
    id: str | None = None
    error_detail: ErrorDetail | None = Field(
        default=None, validation_alias="errorDetail", serialization_alias="errorDetail"
    )
    error: str | None = None
    aux: Any = None
    from_: str | None = Field(
        default=None, validation_alias="from", serialization_alias="from"
    )
    time: int | None = None
    time_nano: int | None = Field(
        default=None, validation_alias="timeNano", serialization_alias="timeNano"
    )
