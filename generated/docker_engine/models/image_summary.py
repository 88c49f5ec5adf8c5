"""ImageSummary: models of the Engine API."""

from __future__ import annotations

from typing import Annotated
from pydantic import Field
from .._runtime.model import Model, NullAsEmptyList, NullAsEmptyMap


class ImageSummary(Model):
    """ImageSummary"""

    id: str = Field(validation_alias="Id", serialization_alias="Id")
    """ID is the content-addressable ID of an image.

    This identifier is a content-addressable digest calculated from the
    image's configuration (which includes the digests of layers used by
    the image).

    Note that this digest differs from the `RepoDigests` below, which
    holds digests of image manifests that reference the image.
    """

    parent_id: str = Field(validation_alias="ParentId", serialization_alias="ParentId")
    """ID of the parent image.

    Depending on how the image was created, this field may be empty and
    is only set for images that were built/created locally. This field
    is empty if the image was pulled from an image registry.
    """

    repo_tags: Annotated[list[str], NullAsEmptyList] = Field(
        validation_alias="RepoTags", serialization_alias="RepoTags"
    )
    """List of image names/tags in the local image cache that reference this
    image.

    Multiple image tags can refer to the same image, and this list may be
    empty if no tags reference the image, in which case the image is
    "untagged", in which case it can still be referenced by its ID.
    """

    repo_digests: Annotated[list[str], NullAsEmptyList] = Field(
        validation_alias="RepoDigests", serialization_alias="RepoDigests"
    )
    """List of content-addressable digests of locally available image manifests
    that the image is referenced from. Multiple manifests can refer to the
    same image.

    These digests are usually only available if the image was either pulled
    from a registry, or if the image was pushed to a registry, which is when
    the manifest is generated and its digest calculated.
    """

    created: int = Field(validation_alias="Created", serialization_alias="Created")
    """Date and time at which the image was created as a Unix timestamp
    (number of seconds since EPOCH).
    """

    size: int = Field(validation_alias="Size", serialization_alias="Size")
    """Total size of the image including all layers it is composed of."""

    shared_size: int = Field(
        validation_alias="SharedSize", serialization_alias="SharedSize"
    )
    """Total size of image layers that are shared between this image and other
    images.

    This size is not calculated by default. `-1` indicates that the value
    has not been set / calculated.
    """

    labels: Annotated[dict[str, str], NullAsEmptyMap] = Field(
        validation_alias="Labels", serialization_alias="Labels"
    )
    """User-defined key/value metadata."""

    containers: int = Field(
        validation_alias="Containers", serialization_alias="Containers"
    )
    """Number of containers using this image. Includes both stopped and running
    containers.

    This size is not calculated by default, and depends on which API endpoint
    is used. `-1` indicates that the value has not been set / calculated.
    """
