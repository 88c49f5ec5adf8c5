"""SystemVersion: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .system_version_components_item import SystemVersionComponentsItem
from .system_version_platform import SystemVersionPlatform


class SystemVersion(Model):
    """Response of Engine API: GET "/version\" """

    platform: SystemVersionPlatform | None = Field(
        default=None, validation_alias="Platform", serialization_alias="Platform"
    )

    components: list[SystemVersionComponentsItem] | None = Field(
        default=None, validation_alias="Components", serialization_alias="Components"
    )
    """Information about system components"""

    version: str | None = Field(
        default=None, validation_alias="Version", serialization_alias="Version"
    )
    """The version of the daemon"""

    api_version: str | None = Field(
        default=None, validation_alias="ApiVersion", serialization_alias="ApiVersion"
    )
    """The default (and highest) API version that is supported by the daemon"""

    min_api_version: str | None = Field(
        default=None,
        validation_alias="MinAPIVersion",
        serialization_alias="MinAPIVersion",
    )
    """The minimum API version that is supported by the daemon"""

    git_commit: str | None = Field(
        default=None, validation_alias="GitCommit", serialization_alias="GitCommit"
    )
    """The Git commit of the source code that was used to build the daemon"""

    go_version: str | None = Field(
        default=None, validation_alias="GoVersion", serialization_alias="GoVersion"
    )
    """The version Go used to compile the daemon, and the version of the Go
    runtime in use.
    """

    os: str | None = Field(
        default=None, validation_alias="Os", serialization_alias="Os"
    )
    """The operating system that the daemon is running on ("linux" or "windows")"""

    arch: str | None = Field(
        default=None, validation_alias="Arch", serialization_alias="Arch"
    )
    """Architecture of the daemon, as returned by the Go runtime (`GOARCH`).

    A full list of possible values can be found in the [Go documentation](https://go.dev/doc/install/source#environment).
    """

    kernel_version: str | None = Field(
        default=None,
        validation_alias="KernelVersion",
        serialization_alias="KernelVersion",
    )
    """The kernel version (`uname -r`) that the daemon is running on.

    This field is omitted when empty.
    """

    experimental: bool | None = Field(
        default=None,
        validation_alias="Experimental",
        serialization_alias="Experimental",
    )
    """Indicates if the daemon is started with experimental features enabled.

    This field is omitted when empty / false.
    """

    build_time: str | None = Field(
        default=None, validation_alias="BuildTime", serialization_alias="BuildTime"
    )
    """The date and time that the daemon was compiled."""
