"""Daemon addresses (``DOCKER_HOST``), TLS settings and the real transports:
unix socket, TCP (optionally TLS) and ``ssh://`` through ``docker system
dial-stdio`` like the docker CLI."""

from __future__ import annotations

import os
import re
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal
from urllib.parse import unquote, urlsplit

import httpx2

from .http11 import Endpoint

__all__ = [
    "DEFAULT_HOST",
    "DockerAddress",
    "TLSConfig",
    "make_async_transport",
    "make_sync_transport",
    "parse_docker_host",
    "redact_host",
    "resolve_tls",
]

DEFAULT_HOST = "unix:///var/run/docker.sock"
#: Host used in URLs for unix and ssh connections (the Go client's dummy host).
PLACEHOLDER_URL = "http://api.moby.localhost"
# urlsplit drops CR, LF and tab silently ("tcp://a\r\nb" would mean host "ab").
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# What an ssh host may be: it becomes an argument of the ssh command.
_SSH_HOST = re.compile(r"[A-Za-z0-9_.:-]+")


@dataclass(frozen=True)
class TLSConfig:
    """Client TLS settings: CA bundle, client certificate and key, verification.

    ``from_cert_path`` reads ``ca.pem``, ``cert.pem`` and ``key.pem`` like the
    docker CLI does with ``DOCKER_CERT_PATH``.
    """

    ca_cert: str | None = None
    client_cert: str | None = None
    client_key: str | None = None
    verify: bool = True

    @classmethod
    def from_cert_path(cls, cert_path: str, *, verify: bool = True) -> TLSConfig:
        def existing(name: str) -> str | None:
            full = os.path.join(cert_path, name)
            return full if os.path.exists(full) else None

        return cls(
            ca_cert=existing("ca.pem"),
            client_cert=existing("cert.pem"),
            client_key=existing("key.pem"),
            verify=verify,
        )

    def ssl_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=self.ca_cert)
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        if self.client_cert:
            ctx.load_cert_chain(self.client_cert, self.client_key)
        if not self.verify:
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
        return ctx


@dataclass(frozen=True)
class DockerAddress:
    """A parsed daemon address."""

    kind: Literal["unix", "tcp", "ssh"]
    #: The address as the user would write it (used in error messages).
    display: str
    #: ``base_url`` for httpx (host is a placeholder for unix and ssh).
    base_url: str
    socket_path: str | None = None
    host: str | None = None
    port: int | None = None
    tls: bool = False
    ssh_user: str | None = None


def _env_flag(env: Mapping[str, str], name: str) -> bool:
    # Like the docker CLI: any non-empty value (even "0") turns it on.
    return bool(env.get(name, ""))


def _tls_wanted(env: Mapping[str, str]) -> bool:
    return _env_flag(env, "DOCKER_TLS_VERIFY") or _env_flag(env, "DOCKER_TLS")


def redact_host(raw: str) -> str:
    """``raw`` as it may be shown: the password of a ``user:password@`` part (up to
    the last ``@``, so a password holding ``/`` or ``@`` is covered) becomes ``***``."""
    scheme, sep, rest = raw.partition("://")
    if not sep:
        scheme, rest = "", raw
    userinfo, at, host = rest.rpartition("@")
    if not at or ":" not in userinfo:
        return raw
    return f"{scheme}{sep}{userinfo.split(':', 1)[0]}:***@{host}"


def parse_docker_host(
    value: str | None = None,
    env: Mapping[str, str] | None = None,
    *,
    tls: bool | None = None,
) -> DockerAddress:
    """Parse ``value``, else ``DOCKER_HOST``, else the default unix socket.

    Supported: ``unix:///path`` (or a bare absolute path), ``tcp://host[:port]
    [/prefix]`` (port 2375, or 2376 with TLS), ``http://`` / ``https://``,
    ``ssh://[user@]host[:port]``. ``npipe://`` and ``fd://`` are refused. Error
    messages show the address with its password redacted.
    """
    env = os.environ if env is None else env
    raw = value or env.get("DOCKER_HOST") or DEFAULT_HOST
    raw = raw.strip()
    if _CONTROL.search(raw):
        raise ValueError(
            f"invalid Docker host {redact_host(raw)!r}: control characters"
        )
    if raw.startswith("/"):
        raw = "unix://" + raw
    if raw.startswith("unix://"):
        path = raw[len("unix://") :] or "/var/run/docker.sock"
        return DockerAddress(
            kind="unix",
            display="unix://" + path,
            base_url=PLACEHOLDER_URL,
            socket_path=path,
        )
    shown = redact_host(raw)
    if "://" not in raw:
        raise ValueError(f"invalid Docker host {shown!r}: expected scheme://address")
    parts = urlsplit(raw)
    scheme = parts.scheme.lower()
    if scheme in ("tcp", "http", "https"):
        if scheme == "https":
            use_tls = True
        elif scheme == "http":
            use_tls = bool(tls)
        else:
            use_tls = tls if tls is not None else _tls_wanted(env)
        host = parts.hostname or "localhost"
        try:
            explicit_port = parts.port
        except ValueError:
            raise ValueError(f"invalid port in Docker host {shown!r}") from None
        if explicit_port:
            port = explicit_port
        elif scheme == "tcp":
            port = 2376 if use_tls else 2375
        else:
            port = 443 if use_tls else 80
        prefix = parts.path.rstrip("/")
        http_scheme = "https" if use_tls else "http"
        netloc = f"[{host}]" if ":" in host else host
        return DockerAddress(
            kind="tcp",
            display=f"{scheme}://{netloc}:{port}{prefix}",
            base_url=f"{http_scheme}://{netloc}:{port}{prefix}",
            host=host,
            port=port,
            tls=use_tls,
        )
    if scheme == "ssh":
        if not parts.hostname:
            raise ValueError(f"invalid Docker host {shown!r}: no host")
        if parts.path not in ("", "/"):
            raise ValueError(f"invalid Docker host {shown!r}: ssh:// takes no path")
        try:
            ssh_port = parts.port
        except ValueError:
            raise ValueError(f"invalid port in Docker host {shown!r}") from None
        user = unquote(parts.username) if parts.username else None
        # Never an option of ssh, whatever the URL holds (ssh://-oProxyCommand=...).
        if parts.hostname.startswith("-") or not _SSH_HOST.fullmatch(parts.hostname):
            raise ValueError(f"invalid Docker host {shown!r}: invalid ssh host")
        if user is not None and (user.startswith("-") or not user.isprintable()):
            raise ValueError(f"invalid Docker host {shown!r}: invalid ssh user")
        display = "ssh://" + (f"{user}@" if user else "") + parts.hostname
        if ssh_port:
            display += f":{ssh_port}"
        return DockerAddress(
            kind="ssh",
            display=display,
            base_url=PLACEHOLDER_URL,
            host=parts.hostname,
            port=ssh_port,
            ssh_user=user,
        )
    if scheme in ("npipe", "fd"):
        raise ValueError(f"Docker host scheme {scheme}:// is not supported")
    raise ValueError(f"invalid Docker host {shown!r}: unknown scheme {scheme!r}")


def resolve_tls(
    address: DockerAddress,
    tls: bool | ssl.SSLContext | TLSConfig | None,
    env: Mapping[str, str] | None = None,
) -> ssl.SSLContext | None:
    """The SSL context for a TLS address (None for plain connections).

    ``tls=None``/``True``: ``DOCKER_CERT_PATH`` (default ``~/.docker``) and
    ``DOCKER_TLS_VERIFY`` (verification is on when it is set or when ``tls=True``;
    ``DOCKER_TLS`` alone means TLS without verification, as in the CLI).
    """
    if not address.tls:
        return None
    if isinstance(tls, ssl.SSLContext):
        return tls
    if isinstance(tls, TLSConfig):
        return tls.ssl_context()
    env = os.environ if env is None else env
    cert_path = env.get("DOCKER_CERT_PATH") or os.path.join(
        os.path.expanduser("~"), ".docker"
    )
    verify = (
        _env_flag(env, "DOCKER_TLS_VERIFY")
        or tls is True
        or not _env_flag(env, "DOCKER_TLS")
    )
    return TLSConfig.from_cert_path(cert_path, verify=verify).ssl_context()


def _endpoint(address: DockerAddress, ssl_context: ssl.SSLContext | None) -> Endpoint:
    if address.kind == "unix":
        return Endpoint(path=address.socket_path)
    return Endpoint(host=address.host, port=address.port, ssl_context=ssl_context)


def make_sync_transport(
    address: DockerAddress, ssl_context: ssl.SSLContext | None
) -> httpx2.BaseTransport:
    """The real transport for an address."""
    if address.kind == "ssh":
        from .ssh import SSHTransport

        return SSHTransport(address)
    from .sync_http import SyncTransport

    return SyncTransport(_endpoint(address, ssl_context))


def make_async_transport(
    address: DockerAddress, ssl_context: ssl.SSLContext | None
) -> httpx2.AsyncBaseTransport:
    """The real async transport for an address."""
    if address.kind == "ssh":
        from .ssh import AsyncSSHTransport

        return AsyncSSHTransport(address)
    from .async_http import AsyncTransport

    return AsyncTransport(_endpoint(address, ssl_context))
