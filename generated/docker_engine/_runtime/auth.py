"""Registry credentials: ``X-Registry-Auth`` / ``X-Registry-Config`` and config.json.

Everything here follows the docker CLI:

* headers are padded base64url (RFC 4648 section 5) of compact JSON that holds only
  the fields that are set, with the Engine's field names;
* credentials come from ``$DOCKER_CONFIG/config.json`` or ``~/.docker/config.json``
  (legacy ``~/.dockercfg``): ``auths``, ``credsStore``, ``credHelpers``;
* credential helpers run only for the registries a call needs (never ``list``), and a
  missing or failing helper means "no credentials", not an error.

Secrets (passwords and tokens) never appear in a ``repr``, ``str``, log record or
exception message produced by this module.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import os
import re
import shutil
import subprocess
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

__all__ = [
    "DOCKER_HUB_AUTH_KEY",
    "AuthConfig",
    "DockerConfig",
    "DockerConfigError",
    "encode_registry_auth",
    "encode_registry_config",
    "normalize_registry",
    "registry_for_image",
    "resolve_auth_header",
    "resolve_build_config",
]

_log = logging.getLogger("docker_engine.auth")

#: The key under which Docker Hub credentials are stored and sent.
DOCKER_HUB_AUTH_KEY: Final = "https://index.docker.io/v1/"
_HUB_HOSTS: Final = frozenset({"docker.io", "index.docker.io"})

# Engine field names, in the Engine's struct order (registry.AuthConfig).
_FIELDS: Final = (
    "username",
    "password",
    "email",
    "serveraddress",
    "identitytoken",
    "registrytoken",
)
_SECRET_FIELDS: Final = frozenset({"password", "identitytoken", "registrytoken"})
_TOKEN_USERNAME: Final = "<token>"
_HELPER_NAME: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_HELPER_TIMEOUT: Final = 60.0


class DockerConfigError(ValueError):
    """A docker config file is unreadable or malformed (the message names the file)."""


@dataclass(frozen=True, repr=False)
class AuthConfig:
    """Credentials for one registry; ``repr``/``str`` mask passwords and tokens."""

    username: str | None = None
    password: str | None = None
    email: str | None = None
    serveraddress: str | None = None
    identitytoken: str | None = None
    registrytoken: str | None = None

    def __repr__(self) -> str:
        parts = []
        for name in _FIELDS:
            value = getattr(self, name)
            if value is None:
                continue
            shown = "'***'" if name in _SECRET_FIELDS else repr(value)
            parts.append(f"{name}={shown}")
        return f"AuthConfig({', '.join(parts)})"

    __str__ = __repr__

    @property
    def has_credentials(self) -> bool:
        """True when a password or a token is set."""
        return bool(self.password or self.identitytoken or self.registrytoken)

    def to_dict(self) -> dict[str, str]:
        """The set fields, with Engine names, in Engine order."""
        out: dict[str, str] = {}
        for name in _FIELDS:
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        return out

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> AuthConfig:
        """Build from Engine-style keys (case-insensitive); ``auth`` = b64 user:pass."""
        values: dict[str, str] = {}
        unknown: list[str] = []
        for key, value in data.items():
            if not isinstance(key, str):
                raise TypeError("auth config keys must be strings")
            lowered = key.lower().replace("_", "")
            if value is None:
                continue
            if lowered not in _FIELDS and lowered != "auth":
                unknown.append(key)
                continue
            if not isinstance(value, str):
                raise TypeError(f"auth config field {key!r} must be a string")
            if lowered == "auth":
                if value:
                    user, password = _decode_basic(value)
                    values.setdefault("username", user)
                    values.setdefault("password", password)
            else:
                values[lowered] = value
        if unknown:
            raise ValueError(
                f"unknown auth config field(s): {', '.join(sorted(unknown))}"
            )
        return cls(**values)


def _decode_basic(value: str) -> tuple[str, str]:
    """Decode the config.json ``auth`` field (standard base64 of ``user:password``)."""
    try:
        text = value.strip()
        raw = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
        text = raw.decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise ValueError("'auth' is not base64 of 'username:password'") from None
    user, sep, password = text.partition(":")
    if not sep:
        raise ValueError("'auth' is not base64 of 'username:password'")
    return user, password.strip("\x00")


def _as_auth_config(cfg: AuthConfig | Mapping[str, Any]) -> AuthConfig:
    if isinstance(cfg, AuthConfig):
        return cfg
    if isinstance(cfg, Mapping):
        return AuthConfig.from_mapping(cfg)
    raise TypeError(f"expected AuthConfig or Mapping, got {type(cfg).__name__}")


def _b64url_json(obj: object) -> str:
    raw = json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii")


def encode_registry_auth(cfg: AuthConfig | Mapping[str, Any]) -> str:
    """Value of ``X-Registry-Auth``: padded base64url of the set fields as JSON."""
    return _b64url_json(_as_auth_config(cfg).to_dict())


def encode_registry_config(
    configs: Mapping[str, AuthConfig | Mapping[str, Any]],
) -> str:
    """Value of ``X-Registry-Config``: base64url JSON ``{registry: AuthConfig}``."""
    return _b64url_json(
        {key: _as_auth_config(value).to_dict() for key, value in configs.items()}
    )


# --------------------------------------------------------------------------------------
# Registry names


def _split_domain(image: str) -> str | None:
    """The registry host of an image reference, or None for Docker Hub."""
    name = image.strip()
    name = name.split("@", 1)[0]
    first, sep, _rest = name.partition("/")
    if not sep:
        return None
    if "." in first or ":" in first or first == "localhost" or first != first.lower():
        return first
    return None


def normalize_registry(registry: str) -> str:
    """Canonical auth key: Docker Hub aliases -> ``DOCKER_HUB_AUTH_KEY``, else host.

    Accepts a bare host (``ghcr.io``, ``localhost:5000``) or a URL with a scheme and
    a path (``https://ghcr.io/v2/``).
    """
    host = registry.strip()
    for scheme in ("https://", "http://"):
        if host.lower().startswith(scheme):
            host = host[len(scheme) :]
            break
    host = host.split("/", 1)[0]
    if host.lower() in _HUB_HOSTS:
        return DOCKER_HUB_AUTH_KEY
    return host


def registry_for_image(image: str) -> str:
    """Auth key of the registry an image reference lives in (docker CLI rules).

    ``busybox`` -> ``https://index.docker.io/v1/``; ``localhost:5000/x/y:tag`` ->
    ``localhost:5000``; ``ghcr.io/a/b@sha256:...`` -> ``ghcr.io``.
    """
    domain = _split_domain(image)
    if domain is None:
        return DOCKER_HUB_AUTH_KEY
    return normalize_registry(domain)


# --------------------------------------------------------------------------------------
# config.json


class DockerConfig:
    """Credentials and headers from a docker CLI config file.

    Credential helpers are run lazily, once per registry, and results are cached.
    A missing helper program or a failing helper yields no credentials.
    """

    def __init__(
        self,
        data: Mapping[str, Any] | None = None,
        *,
        path: str | None = None,
    ) -> None:
        data = data or {}
        self.path = path
        where = path or "docker config"
        auths = data.get("auths", {})
        if auths is None:
            auths = {}
        if not isinstance(auths, Mapping):
            raise DockerConfigError(f"{where}: 'auths' must be an object")
        self._auths: dict[str, Mapping[str, Any]] = {}
        for key, entry in auths.items():
            if entry is None:
                entry = {}
            if not isinstance(entry, Mapping):
                raise DockerConfigError(f"{where}: auths[{key!r}] must be an object")
            self._auths[str(key)] = entry
        store = data.get("credsStore")
        if store is not None and not isinstance(store, str):
            raise DockerConfigError(f"{where}: 'credsStore' must be a string")
        self.creds_store: str | None = store or None
        helpers = data.get("credHelpers", {}) or {}
        if not isinstance(helpers, Mapping) or not all(
            isinstance(v, str) for v in helpers.values()
        ):
            raise DockerConfigError(f"{where}: 'credHelpers' must map hosts to names")
        self.cred_helpers: dict[str, str] = {str(k): v for k, v in helpers.items()}
        headers = data.get("HttpHeaders", {}) or {}
        if not isinstance(headers, Mapping) or not all(
            isinstance(v, str) for v in headers.values()
        ):
            raise DockerConfigError(f"{where}: 'HttpHeaders' must map names to strings")
        self.http_headers: dict[str, str] = {str(k): v for k, v in headers.items()}
        self._cache: dict[str, AuthConfig | None] = {}
        self._lock = threading.Lock()
        self._registry_locks: dict[str, threading.Lock] = {}

    def __repr__(self) -> str:
        return (
            f"DockerConfig(path={self.path!r}, registries={sorted(self._auths)!r}, "
            f"credsStore={self.creds_store!r}, credHelpers={self.cred_helpers!r})"
        )

    @property
    def registries(self) -> list[str]:
        """Keys of the ``auths`` section (no secrets)."""
        return sorted(self._auths)

    # -- loading ----------------------------------------------------------------------

    @classmethod
    def load(
        cls,
        path: str | os.PathLike[str] | None = None,
        *,
        environ: Mapping[str, str] | None = None,
    ) -> DockerConfig:
        """Load the CLI config; an absent file gives an empty config.

        ``path`` (a file) wins; else ``$DOCKER_CONFIG/config.json``; else
        ``~/.docker/config.json``, falling back to the legacy ``~/.dockercfg``.
        """
        env = os.environ if environ is None else environ
        if path is not None:
            candidates = [os.fspath(path)]
        elif env.get("DOCKER_CONFIG"):
            candidates = [os.path.join(env["DOCKER_CONFIG"], "config.json")]
        else:
            home = env.get("HOME") or os.path.expanduser("~")
            candidates = [
                os.path.join(home, ".docker", "config.json"),
                os.path.join(home, ".dockercfg"),
            ]
        for candidate in candidates:
            try:
                with open(candidate, "rb") as fh:
                    raw = fh.read()
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise DockerConfigError(
                    f"{candidate}: cannot read docker config ({exc.strerror})"
                ) from None
            legacy = os.path.basename(candidate) == ".dockercfg"
            return cls._parse(raw, candidate, legacy=legacy)
        return cls(path=None)

    @classmethod
    def _parse(cls, raw: bytes, path: str, *, legacy: bool) -> DockerConfig:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise DockerConfigError(f"{path}: docker config is not UTF-8") from None
        if legacy and not text.lstrip().startswith("{"):
            return cls(_parse_legacy_lines(text, path), path=path)
        if not text.strip():
            return cls(path=path)
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise DockerConfigError(
                f"{path}: malformed docker config: {exc.msg} "
                f"(line {exc.lineno}, column {exc.colno})"
            ) from None
        except RecursionError:
            raise DockerConfigError(
                f"{path}: docker config nested too deeply"
            ) from None
        if not isinstance(data, dict):
            raise DockerConfigError(f"{path}: docker config must be a JSON object")
        if legacy and "auths" not in data:
            data = {"auths": data}
        return cls(data, path=path)

    # -- lookups ----------------------------------------------------------------------

    def _file_entry(self, key: str) -> tuple[str, Mapping[str, Any]] | None:
        if key in self._auths:
            return key, self._auths[key]
        for name, entry in self._auths.items():
            if normalize_registry(name) == key:
                return name, entry
        return None

    def _file_auth(self, key: str) -> AuthConfig | None:
        found = self._file_entry(key)
        if found is None:
            return None
        name, entry = found
        where = self.path or "docker config"
        user = entry.get("username")
        password = entry.get("password")
        auth = entry.get("auth")
        if auth:
            if not isinstance(auth, str):
                raise DockerConfigError(
                    f"{where}: auths[{name!r}].auth must be a string"
                )
            try:
                user, password = _decode_basic(auth)
            except ValueError:
                raise DockerConfigError(
                    f"{where}: auths[{name!r}].auth is not base64 'username:password'"
                ) from None
        token = entry.get("identitytoken")
        registry_token = entry.get("registrytoken")
        email = entry.get("email")
        for field_name, value in (
            ("username", user),
            ("password", password),
            ("identitytoken", token),
            ("registrytoken", registry_token),
            ("email", email),
        ):
            if value is not None and not isinstance(value, str):
                raise DockerConfigError(
                    f"{where}: auths[{name!r}].{field_name} must be a string"
                )
        cfg = AuthConfig(
            username=user or None,
            password=password or None,
            email=email or None,
            serveraddress=key,
            identitytoken=token or None,
            registrytoken=registry_token or None,
        )
        return cfg if cfg.has_credentials else None

    def _helper_for(self, key: str) -> str | None:
        if key in self.cred_helpers:
            return self.cred_helpers[key]
        for name, helper in self.cred_helpers.items():
            if normalize_registry(name) == key:
                return helper
        return self.creds_store

    def get_auth(self, registry: str) -> AuthConfig | None:
        """Credentials for ``registry`` (host, URL or Hub key), or None.

        Runs at most one credential helper call per registry per instance.
        """
        key = normalize_registry(registry)
        # One lock per registry: a slow helper only holds up callers of its own
        # registry, which then use its result instead of running it again.
        with self._lock:
            if key in self._cache:
                return self._cache[key]
            registry_lock = self._registry_locks.setdefault(key, threading.Lock())
        with registry_lock:
            if key in self._cache:
                return self._cache[key]
            helper = self._helper_for(key)
            result: AuthConfig | None = None
            if helper:
                result = _run_helper(helper, key)
            if result is None:
                result = self._file_auth(key)
            self._cache[key] = result
            return result


def _parse_legacy_lines(text: str, path: str) -> dict[str, Any]:
    """Old two-line ``.dockercfg``: ``auth = <b64>`` / ``email = <addr>``."""
    entry: dict[str, str] = {}
    for line in text.splitlines():
        name, sep, value = line.partition("=")
        if not sep:
            continue
        name = name.strip()
        if name in ("auth", "email"):
            entry[name] = value.strip()
    if "auth" not in entry:
        raise DockerConfigError(f"{path}: malformed legacy docker config")
    return {"auths": {DOCKER_HUB_AUTH_KEY: entry}}


def _run_helper(helper: str, server: str) -> AuthConfig | None:
    """``docker-credential-<helper> get`` with the server on stdin; None on failure."""
    if not _HELPER_NAME.fullmatch(helper):
        _log.warning("ignoring credential helper with an invalid name: %r", helper)
        return None
    program = shutil.which(f"docker-credential-{helper}")
    if program is None:
        _log.debug("credential helper docker-credential-%s not found", helper)
        return None
    try:
        proc = subprocess.run(
            [program, "get"],
            input=server.encode("utf-8"),
            capture_output=True,
            timeout=_HELPER_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        _log.warning(
            "credential helper docker-credential-%s failed for %s: %s",
            helper,
            server,
            type(exc).__name__,
        )
        return None
    if proc.returncode != 0:
        not_found = (
            b"credentials not found" in proc.stdout.lower() + proc.stderr.lower()
        )
        (_log.debug if not_found else _log.warning)(
            "credential helper docker-credential-%s returned %s for %s",
            helper,
            "no credentials" if not_found else f"exit status {proc.returncode}",
            server,
        )
        return None
    try:
        payload = json.loads(proc.stdout.decode("utf-8"))
    except (ValueError, RecursionError):
        _log.warning(
            "credential helper docker-credential-%s gave unreadable output for %s",
            helper,
            server,
        )
        return None
    if not isinstance(payload, dict):
        return None
    username = payload.get("Username")
    secret = payload.get("Secret")
    if not isinstance(secret, str) or not secret:
        return None
    if username == _TOKEN_USERNAME:
        return AuthConfig(serveraddress=server, identitytoken=secret)
    return AuthConfig(
        username=username if isinstance(username, str) and username else None,
        password=secret,
        serveraddress=server,
    )


# --------------------------------------------------------------------------------------
# Resolution for API calls


def resolve_auth_header(
    image: str,
    explicit: AuthConfig | Mapping[str, Any] | str | None,
    config: DockerConfig | None,
) -> str | None:
    """``X-Registry-Auth`` for an operation on ``image``, or None to send nothing.

    An explicit value wins (a ``str`` is taken as already encoded); else the registry
    of ``image`` is looked up in ``config`` (no config -> None).
    """
    if isinstance(explicit, str):
        return explicit
    if explicit is not None:
        return encode_registry_auth(explicit)
    if config is None:
        return None
    found = config.get_auth(registry_for_image(image))
    return None if found is None else encode_registry_auth(found)


def resolve_build_config(
    images: Iterable[str] | None,
    config: DockerConfig | None,
    *,
    explicit: Mapping[str, AuthConfig | Mapping[str, Any]] | None = None,
) -> str:
    """``X-Registry-Config`` holding credentials only for the registries of ``images``.

    ``images`` are the references a build pulls (its FROM lines); each registry is
    resolved once. ``explicit`` entries (registry -> credentials) win over ``config``.
    Registries without credentials are left out; nothing found encodes ``{}``.
    """
    wanted: list[str] = []
    for image in images or ():
        key = registry_for_image(image)
        if key not in wanted:
            wanted.append(key)
    given: dict[str, AuthConfig] = {}
    for registry, value in (explicit or {}).items():
        given[normalize_registry(registry)] = _as_auth_config(value)
    result: dict[str, AuthConfig] = dict(given)
    for key in sorted(wanted):
        if key in result or config is None:
            continue
        found = config.get_auth(key)
        if found is not None:
            result[key] = found
    return encode_registry_config(dict(sorted(result.items())))
