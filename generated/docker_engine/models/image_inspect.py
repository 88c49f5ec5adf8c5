"""ImageInspect: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .container_config import ContainerConfig
from .graph_driver_data import GraphDriverData
from .image_config import ImageConfig
from .image_inspect_metadata import ImageInspectMetadata
from .image_inspect_root_fs import ImageInspectRootFS


class ImageInspect(Model):
    """Information about an image in the local image cache."""

    id: str | None = Field(default=None, alias="Id")
    """ID is the content-addressable ID of an image.

    This identifier is a content-addressable digest calculated from the
    image's configuration (which includes the digests of layers used by
    the image).

    Note that this digest differs from the `RepoDigests` below, which
    holds digests of image manifests that reference the image.
    """

    repo_tags: list[str] | None = Field(default=None, alias="RepoTags")
    """List of image names/tags in the local image cache that reference this
    image.

    Multiple image tags can refer to the same image, and this list may be
    empty if no tags reference the image, in which case the image is
    "untagged", in which case it can still be referenced by its ID.
    """

    repo_digests: list[str] | None = Field(default=None, alias="RepoDigests")
    """List of content-addressable digests of locally available image manifests
    that the image is referenced from. Multiple manifests can refer to the
    same image.

    These digests are usually only available if the image was either pulled
    from a registry, or if the image was pushed to a registry, which is when
    the manifest is generated and its digest calculated.
    """

    parent: str | None = Field(default=None, alias="Parent")
    """ID of the parent image.

    Depending on how the image was created, this field may be empty and
    is only set for images that were built/created locally. This field
    is empty if the image was pulled from an image registry.
    """

    comment: str | None = Field(default=None, alias="Comment")
    """Optional message that was set when committing or importing the image."""

    created: str | None = Field(default=None, alias="Created")
    """Date and time at which the image was created, formatted in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.

    This information is only available if present in the image,
    and omitted otherwise.
    """

    container: str | None = Field(default=None, alias="Container")
    """The ID of the container that was used to create the image.

    Depending on how the image was created, this field may be empty.

    **Deprecated**: this field is kept for backward compatibility, but
    will be removed in API v1.45.
    """

    container_config: ContainerConfig | None = Field(
        default=None, alias="ContainerConfig"
    )
    """**Deprecated**: this field is kept for backward compatibility, but
    will be removed in API v1.45.
    """

    docker_version: str | None = Field(default=None, alias="DockerVersion")
    """The version of Docker that was used to build the image.

    Depending on how the image was created, this field may be empty.
    """

    author: str | None = Field(default=None, alias="Author")
    """Name of the author that was specified when committing the image, or as
    specified through MAINTAINER (deprecated) in the Dockerfile.
    """

    config: ImageConfig | None = Field(default=None, alias="Config")

    architecture: str | None = Field(default=None, alias="Architecture")
    """Hardware CPU architecture that the image runs on."""

    variant: str | None = Field(default=None, alias="Variant")
    """CPU architecture variant (presently ARM-only).

    Since API 1.39.
    """

    os: str | None = Field(default=None, alias="Os")
    """Operating System the image is built to run on."""

    os_version: str | None = Field(default=None, alias="OsVersion")
    """Operating System version the image is built to run on (especially
    for Windows).

    Since API 1.28.
    """

    size: int | None = Field(default=None, alias="Size")
    """Total size of the image including all layers it is composed of."""

    graph_driver: GraphDriverData | None = Field(default=None, alias="GraphDriver")

    root_fs: ImageInspectRootFS | None = Field(default=None, alias="RootFS")
    """Information about the image's RootFS, including the layer IDs."""

    metadata: ImageInspectMetadata | None = Field(default=None, alias="Metadata")
    """Additional metadata of the image in the local cache. This information
    is local to the daemon, and not part of the image itself.

    Since API 1.31.
    """
