"""SystemVersion: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model
from .system_version_components_item import SystemVersionComponentsItem
from .system_version_platform import SystemVersionPlatform


class SystemVersion(Model):
    """Response of Engine API: GET "/version\" """

    platform: SystemVersionPlatform | None = Field(default=None, alias="Platform")
    """Since API 1.35."""

    components: list[SystemVersionComponentsItem] | None = Field(
        default=None, alias="Components"
    )
    """Information about system components

    Since API 1.35.
    """

    version: str | None = Field(default=None, alias="Version")
    """The version of the daemon"""

    api_version: str | None = Field(default=None, alias="ApiVersion")
    """The default (and highest) API version that is supported by the daemon"""

    min_api_version: str | None = Field(default=None, alias="MinAPIVersion")
    """The minimum API version that is supported by the daemon"""

    git_commit: str | None = Field(default=None, alias="GitCommit")
    """The Git commit of the source code that was used to build the daemon"""

    go_version: str | None = Field(default=None, alias="GoVersion")
    """The version Go used to compile the daemon, and the version of the Go
    runtime in use.
    """

    os: str | None = Field(default=None, alias="Os")
    """The operating system that the daemon is running on ("linux" or "windows")"""

    arch: str | None = Field(default=None, alias="Arch")
    """Architecture of the daemon, as returned by the Go runtime (`GOARCH`).

    A full list of possible values can be found in the [Go documentation](https://go.dev/doc/install/source#environment).
    """

    kernel_version: str | None = Field(default=None, alias="KernelVersion")
    """The kernel version (`uname -r`) that the daemon is running on.

    This field is omitted when empty.
    """

    experimental: bool | None = Field(default=None, alias="Experimental")
    """Indicates if the daemon is started with experimental features enabled.

    This field is omitted when empty / false.
    """

    build_time: str | None = Field(default=None, alias="BuildTime")
    """The date and time that the daemon was compiled."""
