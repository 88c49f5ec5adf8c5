"""ExecConfig: models of the Engine API."""

from __future__ import annotations

from pydantic import Field
from .._runtime.model import Model


class ExecConfig(Model):
    """ExecConfig"""

    attach_stdin: bool | None = Field(default=None, alias="AttachStdin")
    """Attach to `stdin` of the exec command."""

    attach_stdout: bool | None = Field(default=None, alias="AttachStdout")
    """Attach to `stdout` of the exec command."""

    attach_stderr: bool | None = Field(default=None, alias="AttachStderr")
    """Attach to `stderr` of the exec command."""

    console_size: list[int] | None = Field(default=None, alias="ConsoleSize")
    """Initial console size, as an `[height, width]` array.

    Since API 1.42.
    """

    detach_keys: str | None = Field(default=None, alias="DetachKeys")
    """Override the key sequence for detaching a container. Format is
    a single character `[a-Z]` or `ctrl-<value>` where `<value>`
    is one of: `a-z`, `@`, `^`, `[`, `,` or `_`.
    """

    tty: bool | None = Field(default=None, alias="Tty")
    """Allocate a pseudo-TTY."""

    env: list[str] | None = Field(default=None, alias="Env")
    """A list of environment variables in the form `["VAR=value", ...]`."""

    cmd: list[str] | None = Field(default=None, alias="Cmd")
    """Command to run, as a string or array of strings."""

    privileged: bool | None = Field(default=None, alias="Privileged")
    """Runs the exec process with extended privileges."""

    user: str | None = Field(default=None, alias="User")
    """The user, and optionally, group to run the exec process inside
    the container. Format is one of: `user`, `user:group`, `uid`,
    or `uid:gid`.
    """

    working_dir: str | None = Field(default=None, alias="WorkingDir")
    """The working directory for the exec process inside the container.

    Since API 1.35.
    """
