"""OCIPlatform: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class OCIPlatform(Model):
    """Describes the platform which the image in the manifest runs on, as defined
    in the [OCI Image Index Specification](https://github.com/opencontainers/image-spec/blob/v1.0.1/image-index.md).
    """

    architecture: str | None = None
    """The CPU architecture, for example `amd64` or `ppc64`.

    Since API 1.40.
    """

    os: str | None = None
    """The operating system, for example `linux` or `windows`.

    Since API 1.40.
    """

    os_version: str | None = Field(default=None, alias="os.version")
    """Optional field specifying the operating system version, for example on
    Windows `10.0.19041.1165`.

    Since API 1.40.
    """

    os_features: list[str] | None = Field(default=None, alias="os.features")
    """Optional field specifying an array of strings, each listing a required
    OS feature (for example on Windows `win32k`).

    Since API 1.40.
    """

    variant: str | None = None
    """Optional field specifying a variant of the CPU, for example `v7` to
    specify ARMv7 when architecture is `arm`.

    Since API 1.40.
    """
