"""Wire encoding of path, query and header parameters (imported as ``wire``).

Every ``q_*`` helper returns a tuple of ``(key, value)`` pairs, empty when the
value is ``None``, and :func:`query` flattens them preserving order and repeated
keys. ``h_value`` / :func:`headers` work the same way for request headers.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timezone
from typing import Any, TypeAlias
from urllib.parse import quote

from .auth import AuthConfig, encode_registry_auth, encode_registry_config
from .errors import InvalidRequest

__all__ = [
    "Filters",
    "Pairs",
    "RegistryAuth",
    "RegistryConfig",
    "Timestamp",
    "check_headers",
    "h_registry_auth",
    "h_registry_config",
    "h_value",
    "headers",
    "json_compact",
    "path",
    "q_bool",
    "q_csv",
    "q_filters",
    "q_json",
    "q_multi",
    "q_pipes",
    "q_ssv",
    "q_timestamp",
    "q_tsv",
    "q_value",
    "query",
]

Pairs: TypeAlias = tuple[tuple[str, str], ...]
RegistryAuth: TypeAlias = AuthConfig | Mapping[str, str] | str
"""Credentials for X-Registry-Auth: an AuthConfig, its fields as a dict, or an
already encoded header value."""
RegistryConfig: TypeAlias = Mapping[str, AuthConfig | Mapping[str, str]] | str
"""Credentials for X-Registry-Config: registry → credentials, or an encoded value."""
Scalar: TypeAlias = str | int | float
Filters: TypeAlias = (
    Mapping[str, str | bool | int | Sequence[str] | Mapping[str, bool]] | str
)


def json_compact(value: Any) -> str:
    """Compact JSON (no spaces, non-ASCII kept)."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


# --------------------------------------------------------------------------- path


@functools.lru_cache(maxsize=512)
def _quoted(value: str) -> str:
    return quote(value, safe="")


def path(template: str, **params: object) -> str:
    """Fill ``{name}`` placeholders with completely percent-encoded values.

    ``/`` becomes ``%2F``, ``:`` ``%3A``, ``?`` ``%3F``, ``#`` ``%23``: the daemon
    decodes them (checked on Engine 20.10: ``localhost%3A5000%2Fa%2Fb%3Atag``
    resolves to ``localhost:5000/a/b:tag``). Its router cleans the *decoded* path
    and answers ``301`` to the cleaned location instead of running the handler, so
    ``..%2Fcontainers%2Fx%2Fkill`` is never executed (and the client never follows
    redirects); values with empty, ``.`` or ``..`` segments are refused here with
    ``ValueError`` so such a redirect cannot even be provoked. Container names
    from ``Names`` (``"/web"``) must be passed without the leading slash.
    """
    encoded: dict[str, str] = {}
    for name, raw in params.items():
        if raw is None:
            raise ValueError(f"path parameter {name!r} is required")
        if isinstance(raw, bool):
            raise TypeError(f"path parameter {name!r} must not be a bool")
        value = str(raw)
        if value in ("", ".", ".."):
            raise ValueError(f"path parameter {name!r} must not be {value!r}")
        if "/" in value:
            # an empty, "." or ".." segment shows as one of these between slashes
            wrapped = f"/{value}/"
            if "//" in wrapped or "/./" in wrapped or "/../" in wrapped:
                raise ValueError(
                    f"path parameter {name!r}={value!r} has an empty, '.' or '..'"
                    " segment; the daemon would redirect such a path (strip a"
                    " leading '/' from container names)"
                )
        # the same names and ids come again and again; long values are not kept
        encoded[name] = _quoted(value) if len(value) <= 256 else quote(value, safe="")
    try:
        return template.format_map(encoded)
    except KeyError as exc:
        raise ValueError(f"missing path parameter {exc.args[0]!r}") from None


# -------------------------------------------------------------------------- query


def query(*parts: Iterable[tuple[str, str]]) -> Pairs:
    """Flatten ``q_*`` results into one tuple of pairs (order and repeats kept)."""
    return tuple(pair for part in parts for pair in part)


def _scalar(name: str, value: Scalar) -> str:
    if isinstance(value, bool):
        # A bool here is almost certainly a generator or caller mistake; refusing
        # it avoids sending "True" (which the daemon reads as true, but "False"
        # would also read as true).
        raise TypeError(f"query parameter {name!r}: use q_bool for booleans")
    if isinstance(value, (str, int, float)):
        return str(value)
    raise TypeError(
        f"query parameter {name!r}: expected str, int or float,"
        f" got {type(value).__name__}"
    )


def q_value(name: str, value: Scalar | None) -> Pairs:
    """One ``name=value`` pair; ``bool`` is refused with ``TypeError``."""
    if value is None:
        return ()
    return ((name, _scalar(name, value)),)


Timestamp: TypeAlias = datetime | str | int | float
"""A point in time for ``since``/``until``: a ``datetime`` (naive means local time), Unix
seconds, or a string the daemon parses (RFC 3339, a duration such as ``"10m"``)."""

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def q_timestamp(name: str, value: Timestamp | None) -> Pairs:
    """A ``datetime`` as the daemon's ``seconds.nanoseconds``; other values as given."""
    if not isinstance(value, datetime):
        return q_value(name, value)
    delta = (value if value.tzinfo else value.astimezone()) - _EPOCH
    seconds = delta.days * 86400 + delta.seconds
    return ((name, f"{seconds}.{delta.microseconds * 1000:09d}"),)


def q_bool(name: str, value: bool | None) -> Pairs:
    """``"1"`` / ``"0"`` (the daemon's ``BoolValue`` reads both)."""
    if value is None:
        return ()
    if not isinstance(value, bool):
        raise TypeError(f"query parameter {name!r}: expected bool")
    return ((name, "1" if value else "0"),)


def q_json(name: str, value: Any) -> Pairs:
    """Compact JSON of any JSON value. ``None`` inside maps is kept (``buildargs``:
    null = declared but unset); only a top-level ``None`` omits the parameter."""
    if value is None:
        return ()
    return ((name, json_compact(value)),)


def _filter_values(key: str, value: object) -> list[str] | dict[str, bool]:
    if isinstance(value, bool):
        return ["true" if value else "false"]
    if isinstance(value, (str, int, float)):
        return [str(value)]
    if isinstance(value, Mapping):
        out: dict[str, bool] = {}
        for k, v in value.items():
            if not isinstance(v, bool):
                raise TypeError(f"filter {key!r}: map values must be bool")
            out[str(k)] = v
        return out
    if isinstance(value, Iterable):
        items: list[str] = []
        for item in value:
            if isinstance(item, bool):
                items.append("true" if item else "false")
            elif isinstance(item, (str, int, float)):
                items.append(str(item))
            else:
                raise TypeError(f"filter {key!r}: unsupported item {item!r}")
        return items
    raise TypeError(f"filter {key!r}: unsupported value {value!r}")


def q_filters(name: str, value: Filters | None) -> Pairs:
    """``filters`` as JSON in the canonical ``{"k": ["v", ...]}`` form.

    Scalars are wrapped in lists, bools become ``"true"``/``"false"``, a
    ``{"v": True}`` map is passed as is (the daemon's other accepted form), and a
    ``str`` is taken as already-encoded JSON. Empty filters omit the parameter.
    """
    if value is None:
        return ()
    if isinstance(value, str):
        return ((name, value),) if value else ()
    if not isinstance(value, Mapping):
        raise TypeError(f"query parameter {name!r}: filters must be a mapping")
    encoded = {str(k): _filter_values(str(k), v) for k, v in value.items()}
    if not encoded:
        return ()
    return ((name, json_compact(encoded)),)


def _items(name: str, value: str | Iterable[Scalar]) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [_scalar(name, v) for v in value]


def q_multi(name: str, value: str | Iterable[Scalar] | None) -> Pairs:
    """Repeated keys: ``t=a&t=b``. A single ``str`` counts as one value."""
    if value is None:
        return ()
    return tuple((name, v) for v in _items(name, value))


def _joined(name: str, value: str | Iterable[Scalar] | None, sep: str) -> Pairs:
    if value is None:
        return ()
    return ((name, sep.join(_items(name, value))),)


def q_csv(name: str, value: str | Iterable[Scalar] | None) -> Pairs:
    """Comma-separated values."""
    return _joined(name, value, ",")


def q_ssv(name: str, value: str | Iterable[Scalar] | None) -> Pairs:
    """Space-separated values."""
    return _joined(name, value, " ")


def q_tsv(name: str, value: str | Iterable[Scalar] | None) -> Pairs:
    """Tab-separated values."""
    return _joined(name, value, "\t")


def q_pipes(name: str, value: str | Iterable[Scalar] | None) -> Pairs:
    """Pipe-separated values."""
    return _joined(name, value, "|")


# ------------------------------------------------------------------------ headers

# RFC 9110 token; values: visible ASCII, space and tab only (CR, LF, NUL and the
# other controls could end the header or the request; non-ASCII has no agreed
# encoding on the wire).
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_BAD_VALUE = re.compile(r"[^\t\x20-\x7e]")
_VALID_NAMES: set[str] = set()  # names already checked (a client uses a handful)


def check_headers(headers: Iterable[tuple[str, str]]) -> None:
    """Raise :class:`InvalidRequest` unless every header name is a token and every
    value is printable ASCII. Every request header passes here before any transport
    writes it; the message names the header, never its value (it may be a secret)."""
    for name, value in headers:
        if name not in _VALID_NAMES:
            if type(name) is not str or not _HEADER_NAME.fullmatch(name):
                raise InvalidRequest(f"invalid HTTP header name {name!r}")
            if len(_VALID_NAMES) < 256:
                _VALID_NAMES.add(name)
        if type(value) is not str:
            raise InvalidRequest(
                f"header {name!r}: value must be a str, got {type(value).__name__}"
            )
        bad = _BAD_VALUE.search(value)
        if bad is not None:
            raise InvalidRequest(
                f"header {name!r}: value has the character {bad.group()!r} at"
                f" position {bad.start()}; CR, LF, NUL, other control characters"
                " and non-ASCII are refused"
            )


def h_value(name: str, value: str | int | None) -> Pairs:
    """One request header; :class:`InvalidRequest` (a ``ValueError``) on CR, LF,
    NUL and the rest :func:`check_headers` refuses (header injection)."""
    if value is None:
        return ()
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise TypeError(f"header {name!r}: expected str or int")
    pair = ((name, str(value)),)
    check_headers(pair)
    return pair


def headers(*parts: Iterable[tuple[str, str]]) -> Pairs:
    """Flatten ``h_value`` results (re-checked)."""
    out: list[tuple[str, str]] = []
    for part in parts:
        for name, value in part:
            out.extend(h_value(name, value))
    return tuple(out)


def h_registry_auth(name: str, value: RegistryAuth | None) -> Pairs:
    """``X-Registry-Auth`` from credentials (encoded as the daemon expects)."""
    if value is None or isinstance(value, str):
        return h_value(name, value)
    return h_value(name, encode_registry_auth(value))


def h_registry_config(name: str, value: RegistryConfig | None) -> Pairs:
    """``X-Registry-Config`` from a map of registry → credentials."""
    if value is None or isinstance(value, str):
        return h_value(name, value)
    return h_value(name, encode_registry_config(value))
