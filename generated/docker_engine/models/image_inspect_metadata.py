"""ImageInspectMetadata: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ImageInspectMetadata(Model):
    """Additional metadata of the image in the local cache. This information
    is local to the daemon, and not part of the image itself.
    """

    last_tag_time: str | None = Field(default=None, alias="LastTagTime")
    """Date and time at which the image was last tagged in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.

    This information is only available if the image was tagged locally,
    and omitted otherwise.

    Since API 1.31.
    """
