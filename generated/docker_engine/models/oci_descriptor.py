"""OCIDescriptor: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class OCIDescriptor(Model):
    """A descriptor struct containing digest, media type, and size, as defined in
    the [OCI Content Descriptors Specification](https://github.com/opencontainers/image-spec/blob/v1.0.1/descriptor.md).
    """

    media_type: str | None = Field(default=None, alias="mediaType")
    """The media type of the object this schema refers to.

    Since API 1.40.
    """

    digest: str | None = None
    """The digest of the targeted content.

    Since API 1.40.
    """

    size: int | None = None
    """The size in bytes of the blob.

    Since API 1.40.
    """
