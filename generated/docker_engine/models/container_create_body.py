"""ContainerCreateBody: models of the Engine API."""

from __future__ import annotations

from typing import Any
from pydantic import Field
from .._runtime.model import Model
from .health_config import HealthConfig
from .host_config import HostConfig
from .networking_config import NetworkingConfig


class ContainerCreateBody(Model):
    """ContainerCreateBody"""

    hostname: str | None = Field(
        default=None, validation_alias="Hostname", serialization_alias="Hostname"
    )
    """The hostname to use for the container, as a valid RFC 1123 hostname."""

    domainname: str | None = Field(
        default=None, validation_alias="Domainname", serialization_alias="Domainname"
    )
    """The domain name to use for the container."""

    user: str | None = Field(
        default=None, validation_alias="User", serialization_alias="User"
    )
    """The user that commands are run as inside the container."""

    attach_stdin: bool | None = Field(
        default=None, validation_alias="AttachStdin", serialization_alias="AttachStdin"
    )
    """Whether to attach to `stdin`."""

    attach_stdout: bool | None = Field(
        default=None,
        validation_alias="AttachStdout",
        serialization_alias="AttachStdout",
    )
    """Whether to attach to `stdout`."""

    attach_stderr: bool | None = Field(
        default=None,
        validation_alias="AttachStderr",
        serialization_alias="AttachStderr",
    )
    """Whether to attach to `stderr`."""

    exposed_ports: dict[str, Any] | None = Field(
        default=None,
        validation_alias="ExposedPorts",
        serialization_alias="ExposedPorts",
    )
    """An object mapping ports to an empty object in the form:

    `{"<port>/<tcp|udp|sctp>": {}}`
    """

    tty: bool | None = Field(
        default=None, validation_alias="Tty", serialization_alias="Tty"
    )
    """Attach standard streams to a TTY, including `stdin` if it is not closed."""

    open_stdin: bool | None = Field(
        default=None, validation_alias="OpenStdin", serialization_alias="OpenStdin"
    )
    """Open `stdin`"""

    stdin_once: bool | None = Field(
        default=None, validation_alias="StdinOnce", serialization_alias="StdinOnce"
    )
    """Close `stdin` after one attached client disconnects"""

    env: list[str] | None = Field(
        default=None, validation_alias="Env", serialization_alias="Env"
    )
    """A list of environment variables to set inside the container in the
    form `["VAR=value", ...]`. A variable without `=` is removed from the
    environment, rather than to have an empty value.
    """

    cmd: list[str] | None = Field(
        default=None, validation_alias="Cmd", serialization_alias="Cmd"
    )
    """Command to run specified as a string or an array of strings."""

    healthcheck: HealthConfig | None = Field(
        default=None, validation_alias="Healthcheck", serialization_alias="Healthcheck"
    )

    args_escaped: bool | None = Field(
        default=None, validation_alias="ArgsEscaped", serialization_alias="ArgsEscaped"
    )
    """Command is already escaped (Windows only)"""

    image: str | None = Field(
        default=None, validation_alias="Image", serialization_alias="Image"
    )
    """The name (or reference) of the image to use when creating the container,
    or which was used when the container was created.
    """

    volumes: dict[str, Any] | None = Field(
        default=None, validation_alias="Volumes", serialization_alias="Volumes"
    )
    """An object mapping mount point paths inside the container to empty
    objects.
    """

    working_dir: str | None = Field(
        default=None, validation_alias="WorkingDir", serialization_alias="WorkingDir"
    )
    """The working directory for commands to run in."""

    entrypoint: list[str] | None = Field(
        default=None, validation_alias="Entrypoint", serialization_alias="Entrypoint"
    )
    """The entry point for the container as a string or an array of strings.

    If the array consists of exactly one empty string (`[""]`) then the
    entry point is reset to system default (i.e., the entry point used by
    docker when there is no `ENTRYPOINT` instruction in the `Dockerfile`).
    """

    network_disabled: bool | None = Field(
        default=None,
        validation_alias="NetworkDisabled",
        serialization_alias="NetworkDisabled",
    )
    """Disable networking for the container."""

    mac_address: str | None = Field(
        default=None, validation_alias="MacAddress", serialization_alias="MacAddress"
    )
    """MAC address of the container.

    Deprecated: this field is deprecated in API v1.44 and up. Use EndpointSettings.MacAddress instead.
    """

    on_build: list[str] | None = Field(
        default=None, validation_alias="OnBuild", serialization_alias="OnBuild"
    )
    """`ONBUILD` metadata that were defined in the image's `Dockerfile`."""

    labels: dict[str, str] | None = Field(
        default=None, validation_alias="Labels", serialization_alias="Labels"
    )
    """User-defined key/value metadata."""

    stop_signal: str | None = Field(
        default=None, validation_alias="StopSignal", serialization_alias="StopSignal"
    )
    """Signal to stop a container as a string or unsigned integer."""

    stop_timeout: int | None = Field(
        default=None, validation_alias="StopTimeout", serialization_alias="StopTimeout"
    )
    """Timeout to stop a container in seconds. If omitted, the daemon-wide
    default is used.
    """

    shell: list[str] | None = Field(
        default=None, validation_alias="Shell", serialization_alias="Shell"
    )
    """Shell for when `RUN`, `CMD`, and `ENTRYPOINT` uses a shell."""

    host_config: HostConfig | None = Field(
        default=None, validation_alias="HostConfig", serialization_alias="HostConfig"
    )

    networking_config: NetworkingConfig | None = Field(
        default=None,
        validation_alias="NetworkingConfig",
        serialization_alias="NetworkingConfig",
    )
