"""``ssh://`` transport: HTTP over the pipes of ``ssh HOST docker system
dial-stdio``, one subprocess per pooled connection, as the docker CLI does.

Implemented as an httpcore2 network backend plugged into httpx2's own
``HTTPTransport``/``AsyncHTTPTransport`` (so pooling, HTTP/1.1 parsing and the
``101`` upgrade for attach/exec are the ordinary ones). httpcore2 and anyio are
dependencies of httpx2.
"""

from __future__ import annotations

import os
import select
import subprocess
import tempfile
from collections.abc import Iterable
from typing import IO, Any

import anyio
import anyio.abc
import httpcore2
import httpx2

from .deadline_io import DeadlineStream
from .transport import DockerAddress

__all__ = ["AsyncSSHTransport", "SSHTransport", "ssh_command"]


def ssh_command(address: DockerAddress) -> list[str]:
    """``ssh [-l user] [-p port] -o ConnectTimeout=30 -T -- host docker system
    dial-stdio`` (the docker CLI's command line)."""
    if address.host is None:
        raise ValueError("ssh address without host")
    cmd = ["ssh"]
    if address.ssh_user:
        cmd += ["-l", address.ssh_user]
    if address.port:
        cmd += ["-p", str(address.port)]
    cmd += ["-o", "ConnectTimeout=30", "-T", "--", address.host]
    cmd += ["docker", "system", "dial-stdio"]
    return cmd


def _failure(display: str, returncode: int | None, errfile: IO[bytes]) -> str:
    try:
        errfile.seek(0)
        stderr = errfile.read()[-2000:].decode("utf-8", errors="replace").strip()
    except (OSError, ValueError):
        stderr = ""
    status = f"exit status {returncode}" if returncode is not None else "no answer"
    return f"ssh connection to {display} failed ({status}): {stderr or 'no output'}"


class _ProcessStream(httpcore2.NetworkStream):
    def __init__(
        self, proc: subprocess.Popen[bytes], errfile: IO[bytes], display: str
    ) -> None:
        self._proc = proc
        self._errfile = errfile
        self._display = display
        self._seen_data = False
        assert proc.stdin is not None and proc.stdout is not None
        self._stdin = proc.stdin
        self._stdout_fd = proc.stdout.fileno()

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if timeout is not None:
            ready, _, _ = select.select([self._stdout_fd], [], [], timeout)
            if not ready:
                raise httpcore2.ReadTimeout(f"ssh: no data within {timeout} s")
        try:
            data = os.read(self._stdout_fd, max_bytes)
        except OSError as exc:
            raise httpcore2.ReadError(str(exc)) from exc
        if data:
            self._seen_data = True
        elif not self._seen_data:
            try:
                code: int | None = self._proc.wait(timeout=2)
            except subprocess.TimeoutExpired:
                code = None
            raise httpcore2.ConnectError(_failure(self._display, code, self._errfile))
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        view = memoryview(buffer)
        try:
            while view:
                written = self._stdin.write(view)
                view = view[written or 0 :]
            self._stdin.flush()
        except (OSError, ValueError) as exc:
            raise httpcore2.WriteError(str(exc)) from exc

    def close_write(self) -> None:
        try:
            self._stdin.close()
        except OSError:
            pass

    def close(self) -> None:
        self.close_write()
        if self._proc.stdout is not None:
            self._proc.stdout.close()
        if self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=2)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        self._errfile.close()

    def get_extra_info(self, info: str) -> Any:
        if info == "close_write":
            return self.close_write
        if info == "is_readable":
            # An idle pooled connection that is readable has been closed.
            ready, _, _ = select.select([self._stdout_fd], [], [], 0)
            return bool(ready)
        return None


class _SSHBackend(httpcore2.NetworkBackend):
    def __init__(self, address: DockerAddress) -> None:
        self._address = address

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore2.NetworkStream:
        errfile = tempfile.TemporaryFile()
        try:
            proc = subprocess.Popen(
                ssh_command(self._address),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=errfile,
                bufsize=0,
            )
        except OSError as exc:
            errfile.close()
            raise httpcore2.ConnectError(
                f"cannot run ssh for {self._address.display}: {exc}"
            ) from exc
        return DeadlineStream(_ProcessStream(proc, errfile, self._address.display))


class SSHTransport(httpx2.HTTPTransport):
    """httpx2 transport speaking HTTP over ``ssh ... docker system dial-stdio``."""

    def __init__(self, address: DockerAddress) -> None:
        super().__init__(trust_env=False)
        self._pool = httpcore2.ConnectionPool(
            network_backend=_SSHBackend(address),
            max_connections=20,
            max_keepalive_connections=5,
        )


class _AsyncProcessStream(httpcore2.AsyncNetworkStream):
    def __init__(
        self, proc: anyio.abc.Process, errfile: IO[bytes], display: str
    ) -> None:
        self._proc = proc
        self._errfile = errfile
        self._display = display
        self._seen_data = False
        assert proc.stdin is not None and proc.stdout is not None
        self._stdin = proc.stdin
        self._stdout = proc.stdout

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            with anyio.fail_after(timeout):
                data = await self._stdout.receive(max_bytes)
        except anyio.EndOfStream:
            data = b""
        except TimeoutError as exc:
            raise httpcore2.ReadTimeout(f"ssh: no data within {timeout} s") from exc
        except (anyio.BrokenResourceError, anyio.ClosedResourceError, OSError) as exc:
            raise httpcore2.ReadError(str(exc)) from exc
        if data:
            self._seen_data = True
        elif not self._seen_data:
            code: int | None = None
            with anyio.move_on_after(2):
                code = await self._proc.wait()
            raise httpcore2.ConnectError(_failure(self._display, code, self._errfile))
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        try:
            with anyio.fail_after(timeout):
                await self._stdin.send(buffer)
        except TimeoutError as exc:
            raise httpcore2.WriteTimeout(str(exc)) from exc
        except (anyio.BrokenResourceError, anyio.ClosedResourceError, OSError) as exc:
            raise httpcore2.WriteError(str(exc)) from exc

    async def close_write(self) -> None:
        try:
            await self._stdin.aclose()
        except OSError:
            pass

    async def aclose(self) -> None:
        await self.close_write()
        if self._proc.returncode is None:
            self._proc.terminate()
            with anyio.move_on_after(2):
                await self._proc.wait()
            if self._proc.returncode is None:
                self._proc.kill()
                await self._proc.wait()
        await self._proc.aclose()
        self._errfile.close()

    def get_extra_info(self, info: str) -> Any:
        if info == "close_write":
            return self.close_write
        if info == "is_readable":
            return self._proc.returncode is not None
        return None


class _AsyncSSHBackend(httpcore2.AsyncNetworkBackend):
    def __init__(self, address: DockerAddress) -> None:
        self._address = address

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore2.AsyncNetworkStream:
        errfile = tempfile.TemporaryFile()
        try:
            proc = await anyio.open_process(
                ssh_command(self._address),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=errfile,
            )
        except OSError as exc:
            errfile.close()
            raise httpcore2.ConnectError(
                f"cannot run ssh for {self._address.display}: {exc}"
            ) from exc
        return _AsyncProcessStream(proc, errfile, self._address.display)

    async def sleep(self, seconds: float) -> None:
        await anyio.sleep(seconds)


class AsyncSSHTransport(httpx2.AsyncHTTPTransport):
    """Async twin of :class:`SSHTransport` (anyio subprocesses)."""

    def __init__(self, address: DockerAddress) -> None:
        super().__init__(trust_env=False)
        self._pool = httpcore2.AsyncConnectionPool(
            network_backend=_AsyncSSHBackend(address),
            max_connections=20,
            max_keepalive_connections=5,
        )
