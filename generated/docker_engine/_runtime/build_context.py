"""Build contexts: ``.dockerignore`` matching and a streamed, reproducible tar.

The matcher ports the semantics of moby's ``patternmatcher`` (what the docker CLI
uses): ``ignorefile.ReadAll`` line rules, ``filepath.Clean`` normalization, ``*``,
``?``, ``[...]``, ``**``, ``!`` exceptions where the last match wins, parent
directory matching, and the CLI walker's directory pruning rule.

:func:`build_context` walks a directory in sorted order without following symlinks,
always sends the Dockerfile and ``.dockerignore`` (as the CLI does), normalizes
ownership, and streams the tar (optionally gzipped) in bounded chunks.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import posixpath
import re
import stat
import tarfile
import zlib
from collections.abc import Iterable, Iterator, Mapping
from typing import Final

__all__ = [
    "CHUNK_SIZE",
    "BuildContext",
    "BuildContextError",
    "DockerIgnore",
    "DockerIgnoreError",
    "build_context",
    "dockerfile_base_images",
]

_log = logging.getLogger("docker_engine.build")

#: Largest chunk :func:`build_context` yields (64 KiB).
CHUNK_SIZE: Final = 64 * 1024
_BLOCK: Final = tarfile.BLOCKSIZE
_GZIP_LEVEL: Final = 6


class DockerIgnoreError(ValueError):
    """A ``.dockerignore`` pattern is malformed."""


class BuildContextError(OSError):
    """The build context cannot be read consistently (e.g. changed while streaming)."""


# --------------------------------------------------------------------------------------
# Pattern matching


def _clean(path: str) -> str:
    """Go's ``filepath.Clean`` for ``/``-separated paths."""
    if not path:
        return "."
    cleaned = posixpath.normpath(path)
    if cleaned.startswith("//"):
        cleaned = "/" + cleaned.lstrip("/")
    return cleaned


def _read_lines(lines: Iterable[str]) -> list[str]:
    """``ignorefile.ReadAll``: comments, blanks, ``Clean``, leading ``/`` removal."""
    out: list[str] = []
    for index, line in enumerate(lines):
        if index == 0:
            line = line.removeprefix("\ufeff")
        line = line.rstrip("\r")
        if line.startswith("#"):
            continue
        pattern = line.strip()
        if not pattern:
            continue
        invert = pattern[0] == "!"
        if invert:
            pattern = pattern[1:].strip()
        if pattern:
            pattern = _clean(pattern)
            if len(pattern) > 1 and pattern[0] == "/":
                pattern = pattern[1:]
        out.append("!" + pattern if invert else pattern)
    return out


def _bad(pattern: str) -> DockerIgnoreError:
    shown = pattern if len(pattern) <= 80 else pattern[:77] + "..."
    return DockerIgnoreError(f"syntax error in .dockerignore pattern {shown!r}")


def _class_item(pattern: str, i: int) -> tuple[str, int]:
    """One (possibly escaped) character of a ``[...]`` class, as Go's ``getEsc``."""
    n = len(pattern)
    if i >= n or pattern[i] in "-]":
        raise _bad(pattern)
    if pattern[i] == "\\":
        i += 1
        if i >= n:
            raise _bad(pattern)
    char = pattern[i]
    i += 1
    if i >= n:
        raise _bad(pattern)
    return char, i


def _class(pattern: str, i: int) -> tuple[str, int]:
    """Translate the class starting after ``[`` at ``i``; returns (regex, next i)."""
    parts = ["["]
    if i < len(pattern) and pattern[i] == "^":
        parts.append("^")
        i += 1
    count = 0
    while True:
        if i < len(pattern) and pattern[i] == "]" and count > 0:
            i += 1
            break
        low, i = _class_item(pattern, i)
        parts.append(re.escape(low))
        if pattern[i] == "-":
            high, i = _class_item(pattern, i + 1)
            parts.append("-" + re.escape(high))
        count += 1
    parts.append("]")
    return "".join(parts), i


_EXACT, _PREFIX, _SUFFIX, _REGEXP = range(4)


class _Pattern:
    __slots__ = ("text", "exclusion", "kind", "regex")

    def __init__(self, text: str, exclusion: bool, *, literal: bool = False) -> None:
        self.text = text
        self.exclusion = exclusion
        self.regex: re.Pattern[str] | None = None
        self.kind = _EXACT
        if not literal:
            self._compile()

    def _compile(self) -> None:
        p = self.text
        n = len(p)
        kind = _EXACT
        out = ["^"]
        i = 0
        while i < n:
            start = i
            ch = p[i]
            i += 1
            if ch == "*":
                if i < n and p[i] == "*":
                    i += 1
                    if i < n and p[i] == "/":
                        i += 1
                    if i >= n:
                        if kind == _EXACT:
                            kind = _PREFIX
                        else:
                            out.append(".*")
                            kind = _REGEXP
                    else:
                        out.append("(?:.*/)?")
                        kind = _REGEXP
                    if start == 0:
                        kind = _SUFFIX
                else:
                    out.append("[^/]*")
                    kind = _REGEXP
            elif ch == "?":
                out.append("[^/]")
                kind = _REGEXP
            elif ch == "\\":
                if i >= n:
                    raise _bad(p)
                out.append(re.escape(p[i]))
                i += 1
                kind = _REGEXP
            elif ch == "[":
                regex, i = _class(p, i)
                out.append(regex)
                kind = _REGEXP
            else:
                if ch == "]":
                    kind = _REGEXP
                out.append(re.escape(ch))
        self.kind = kind
        if kind == _REGEXP:
            out.append("$")
            try:
                self.regex = re.compile("".join(out))
            except re.error:
                raise _bad(p) from None

    def match(self, path: str) -> bool:
        kind = self.kind
        if kind == _EXACT:
            return path == self.text
        if kind == _PREFIX:
            return path.startswith(self.text[:-2])
        if kind == _SUFFIX:
            suffix = self.text[2:]
            if path.endswith(suffix):
                return True
            return suffix[0] == "/" and path == suffix[1:]
        assert self.regex is not None
        return self.regex.match(path) is not None

    def match_or_parent(self, path: str) -> bool:
        if self.match(path):
            return True
        parent = posixpath.dirname(path)
        if not parent:
            return False
        dirs = parent.split("/")
        return any(self.match("/".join(dirs[: k + 1])) for k in range(len(dirs)))


def _normalize_path(path: str | os.PathLike[str]) -> str:
    text = os.fspath(path)
    if os.sep != "/":
        text = text.replace(os.sep, "/")
    cleaned = _clean(text)
    while cleaned.startswith("/"):
        cleaned = cleaned[1:]
    return cleaned or "."


class DockerIgnore:
    """A ``.dockerignore`` matcher with the docker CLI's semantics.

    ``patterns`` are lines as written in a ``.dockerignore`` file.
    """

    __slots__ = ("_patterns", "_exclusions")

    def __init__(self, patterns: Iterable[str] = ()) -> None:
        self._patterns: list[_Pattern] = []
        self._exclusions = False
        for line in _read_lines(patterns):
            text = line.strip()
            if not text:
                continue
            text = _clean(text)
            exclusion = text[0] == "!"
            if exclusion:
                if len(text) == 1:
                    raise DockerIgnoreError('illegal exclusion pattern: "!"')
                text = text[1:]
                self._exclusions = True
            self._patterns.append(_Pattern(text, exclusion))

    @classmethod
    def from_text(cls, text: str) -> DockerIgnore:
        """Parse the contents of a ``.dockerignore`` file."""
        return cls(text.split("\n"))

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> DockerIgnore:
        """Read a ``.dockerignore`` file; a missing file matches nothing."""
        try:
            with open(path, "rb") as fh:
                raw = fh.read()
        except FileNotFoundError:
            return cls()
        except IsADirectoryError:
            raise DockerIgnoreError(f"{os.fspath(path)}: is a directory") from None
        return cls.from_text(raw.decode("utf-8", "surrogateescape"))

    def __repr__(self) -> str:
        return f"DockerIgnore({list(self.patterns)!r})"

    def __len__(self) -> int:
        return len(self._patterns)

    @property
    def patterns(self) -> tuple[str, ...]:
        """Normalized patterns, exceptions prefixed with ``!``."""
        return tuple(("!" if p.exclusion else "") + p.text for p in self._patterns)

    @property
    def has_exceptions(self) -> bool:
        """True when any ``!`` pattern is present."""
        return self._exclusions

    def matches(self, path: str | os.PathLike[str]) -> bool:
        """True when ``path`` (relative to the context) is excluded.

        The path or one of its parent directories must match a pattern that no later
        matching ``!`` pattern overrides (moby ``MatchesOrParentMatches``).
        """
        rel = _normalize_path(path)
        if rel == ".":
            return False
        matched = False
        for pattern in self._patterns:
            if pattern.exclusion != matched:
                continue
            if pattern.match_or_parent(rel):
                matched = not pattern.exclusion
        return matched

    __contains__ = matches

    # -- walker support (moby MatchesUsingParentResults) ------------------------------

    def _match_walk(
        self, rel: str, parent: list[bool] | None
    ) -> tuple[bool, list[bool]]:
        matched = False
        info = [False] * len(self._patterns)
        for index, pattern in enumerate(self._patterns):
            hit = parent[index] if parent is not None else False
            if not hit:
                if pattern.exclusion != matched:
                    continue
                if parent is None:
                    hit = pattern.match_or_parent(rel)
                else:
                    hit = pattern.match(rel)
            info[index] = hit
            if hit:
                matched = not pattern.exclusion
        return matched, info

    def _may_include_below(self, rel_dir: str) -> bool:
        """The CLI's rule: an excluded directory is walked only if an exception
        pattern, read literally, starts with ``<dir>/``."""
        if not self._exclusions:
            return False
        prefix = rel_dir + "/"
        return any(
            p.exclusion and (p.text + "/").startswith(prefix) for p in self._patterns
        )

    def _with_forced(self, names: Iterable[str]) -> DockerIgnore:
        """Copy with literal ``!name`` exceptions appended (CLI
        ``TrimBuildFilesFromExcludes``), matched exactly even with glob characters."""
        clone = DockerIgnore()
        clone._patterns = list(self._patterns)
        clone._exclusions = self._exclusions
        for name in names:
            clone._patterns.append(_Pattern(name, True, literal=True))
            clone._exclusions = True
        return clone


# --------------------------------------------------------------------------------------
# Directory access (fd-relative where the platform allows it)

_O_CLOEXEC: Final = getattr(os, "O_CLOEXEC", 0)
_O_NOFOLLOW: Final = getattr(os, "O_NOFOLLOW", 0)
_O_DIRECTORY: Final = getattr(os, "O_DIRECTORY", 0)
_O_NONBLOCK: Final = getattr(os, "O_NONBLOCK", 0)
_O_BINARY: Final = getattr(os, "O_BINARY", 0)
_USE_FDS: Final = (
    os.open in os.supports_dir_fd
    and os.stat in os.supports_dir_fd
    and os.readlink in os.supports_dir_fd
    and os.listdir in os.supports_fd
    and _O_NOFOLLOW != 0
    and _O_DIRECTORY != 0
)


def _same_file(a: os.stat_result, b: os.stat_result) -> bool:
    return a.st_dev == b.st_dev and a.st_ino == b.st_ino


class _Dir:
    """An open directory of the context; children are reached without following
    symlinks (``O_NOFOLLOW`` + ``dir_fd``) so nothing outside the context is read."""

    __slots__ = ("fd", "path")

    def __init__(self, path: str, fd: int | None) -> None:
        self.path = path
        self.fd = fd

    @classmethod
    def open_root(cls, path: str) -> _Dir:
        if _USE_FDS:
            return cls(path, os.open(path, os.O_RDONLY | _O_DIRECTORY | _O_CLOEXEC))
        return cls(path, None)

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def names(self) -> list[str]:
        names = os.listdir(self.fd if self.fd is not None else self.path)
        return sorted(names, key=os.fsencode)

    def lstat(self, name: str) -> os.stat_result:
        if self.fd is not None:
            return os.stat(name, dir_fd=self.fd, follow_symlinks=False)
        return os.lstat(os.path.join(self.path, name))

    def readlink(self, name: str) -> str:
        if self.fd is not None:
            return os.readlink(name, dir_fd=self.fd)
        return os.readlink(os.path.join(self.path, name))

    def _open(self, name: str, flags: int, expect: os.stat_result) -> int:
        path = os.path.join(self.path, name)
        try:
            if self.fd is not None:
                fd = os.open(name, flags | _O_NOFOLLOW | _O_CLOEXEC, dir_fd=self.fd)
            else:
                fd = os.open(path, flags | _O_NOFOLLOW | _O_CLOEXEC)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise BuildContextError(
                    exc.errno, f"{path} became a symlink while reading the context"
                ) from None
            raise
        if not _same_file(os.fstat(fd), expect):
            os.close(fd)
            raise BuildContextError(f"{path} changed while reading the context")
        return fd

    def open_dir(self, name: str, expect: os.stat_result) -> _Dir:
        path = os.path.join(self.path, name)
        if self.fd is None:
            return _Dir(path, None)
        return _Dir(path, self._open(name, os.O_RDONLY | _O_DIRECTORY, expect))

    def open_file(self, name: str, expect: os.stat_result) -> int:
        return self._open(name, os.O_RDONLY | _O_NONBLOCK | _O_BINARY, expect)


# --------------------------------------------------------------------------------------
# Tar streaming


class _Sink:
    """A small pipe-like buffer: the tar is written in, full chunks are drained out."""

    __slots__ = ("_buf", "_size", "_zip")

    def __init__(self, chunk_size: int, gzip: bool) -> None:
        self._buf = bytearray()
        self._size = chunk_size
        self._zip = (
            zlib.compressobj(_GZIP_LEVEL, zlib.DEFLATED, 31) if gzip else None
        )  # wbits 31: gzip framing, mtime 0 (reproducible)

    def write(self, data: bytes) -> None:
        if self._zip is not None:
            data = self._zip.compress(data)
        self._buf += data

    def drain(self) -> Iterator[bytes]:
        size = self._size
        while len(self._buf) >= size:
            chunk = bytes(self._buf[:size])
            del self._buf[:size]
            yield chunk

    def finish(self) -> Iterator[bytes]:
        if self._zip is not None:
            self._buf += self._zip.flush()
        yield from self.drain()
        if self._buf:
            chunk = bytes(self._buf)
            self._buf.clear()
            yield chunk


def _tar_header(info: tarfile.TarInfo) -> bytes:
    return info.tobuf(tarfile.PAX_FORMAT, "utf-8", "surrogateescape")


def _pad(size: int) -> bytes:
    rest = size % _BLOCK
    return b"\0" * (_BLOCK - rest) if rest else b""


def _regular_info(name: str, data: bytes, mode: int, mtime: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = tarfile.REGTYPE
    info.size = len(data)
    info.mode = mode
    info.mtime = mtime
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


class BuildContext:
    """A build context ready to upload.

    Iterating (or reading :attr:`chunks`) streams the tar from disk anew each time,
    so a request can be retried. :attr:`dockerfile` is the value of the ``dockerfile``
    query parameter.
    """

    content_type: Final = "application/x-tar"

    def __init__(
        self,
        path: str,
        dockerfile: str,
        dockerignore: DockerIgnore,
        *,
        gzip: bool,
        chunk_size: int,
        forced: tuple[str, ...],
        external: tuple[bytes, int] | None,
        ignore_text: bytes | None,
    ) -> None:
        self.path = path
        self.dockerfile = dockerfile
        self.dockerignore = dockerignore
        self.gzip = gzip
        self.chunk_size = chunk_size
        self._matcher = dockerignore._with_forced(forced)
        self._external = external
        self._ignore_text = ignore_text

    def __repr__(self) -> str:
        return (
            f"BuildContext(path={self.path!r}, dockerfile={self.dockerfile!r}, "
            f"gzip={self.gzip!r})"
        )

    def __iter__(self) -> Iterator[bytes]:
        return self._stream()

    @property
    def chunks(self) -> Iterator[bytes]:
        """A fresh iterator over the tar bytes (chunks of at most ``chunk_size``)."""
        return self._stream()

    def _ignore_replacement(self) -> bytes:
        """``.dockerignore`` listing the added Dockerfile so the daemon drops it."""
        assert self._external is not None
        base = self._ignore_text if self._ignore_text is not None else b".dockerignore"
        return base + b"\n" + self.dockerfile.encode("utf-8") + b"\n"

    def _stream(self) -> Iterator[bytes]:
        sink = _Sink(self.chunk_size, self.gzip)
        matcher = self._matcher
        inodes: dict[tuple[int, int], str] = {}
        ignore_sent = False
        root = _Dir.open_root(self.path)
        # (directory, relative prefix, sorted names, next index, parent match info)
        stack: list[tuple[_Dir, str, list[str], list[int], list[bool] | None]] = []
        try:
            stack.append((root, "", root.names(), [0], None))
            while stack:
                directory, prefix, names, cursor, parent_info = stack[-1]
                if cursor[0] >= len(names):
                    stack.pop()
                    directory.close()
                    continue
                name = names[cursor[0]]
                cursor[0] += 1
                rel = prefix + name
                try:
                    st = directory.lstat(name)
                except FileNotFoundError:
                    continue
                is_dir = stat.S_ISDIR(st.st_mode)
                excluded, info = matcher._match_walk(rel, parent_info)
                if excluded and not (is_dir and matcher._may_include_below(rel)):
                    continue
                if not excluded:
                    if rel == ".dockerignore" and self._external is not None:
                        ignore_sent = True
                        data = self._ignore_replacement()
                        mode = (
                            st.st_mode & 0o7777 if stat.S_ISREG(st.st_mode) else 0o600
                        )
                        sink.write(
                            _tar_header(_regular_info(rel, data, mode, _mtime(st)))
                        )
                        sink.write(data + _pad(len(data)))
                        yield from sink.drain()
                    else:
                        yield from self._entry(sink, directory, name, rel, st, inodes)
                if is_dir:
                    child = directory.open_dir(name, st)
                    try:
                        names_below = child.names()
                    except BaseException:
                        child.close()
                        raise
                    stack.append((child, rel + "/", names_below, [0], info))
            if self._external is not None:
                content, mtime = self._external
                if not ignore_sent:
                    data = self._ignore_replacement()
                    sink.write(
                        _tar_header(_regular_info(".dockerignore", data, 0o600, mtime))
                    )
                    sink.write(data + _pad(len(data)))
                sink.write(
                    _tar_header(_regular_info(self.dockerfile, content, 0o600, mtime))
                )
                sink.write(content + _pad(len(content)))
            sink.write(b"\0" * (2 * _BLOCK))
            yield from sink.finish()
        finally:
            for directory, *_ in stack:
                directory.close()

    def _entry(
        self,
        sink: _Sink,
        directory: _Dir,
        name: str,
        rel: str,
        st: os.stat_result,
        inodes: dict[tuple[int, int], str],
    ) -> Iterator[bytes]:
        mode = st.st_mode
        info = tarfile.TarInfo(rel)
        info.mode = mode & 0o7777
        info.mtime = _mtime(st)
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        if stat.S_ISDIR(mode):
            info.type = tarfile.DIRTYPE
        elif stat.S_ISREG(mode):
            info.type = tarfile.REGTYPE
            info.size = st.st_size
        elif stat.S_ISLNK(mode):
            info.type = tarfile.SYMTYPE
            info.linkname = directory.readlink(name)
        elif stat.S_ISFIFO(mode):
            info.type = tarfile.FIFOTYPE
        elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
            info.type = tarfile.CHRTYPE if stat.S_ISCHR(mode) else tarfile.BLKTYPE
            info.devmajor = os.major(st.st_rdev)
            info.devminor = os.minor(st.st_rdev)
        else:
            _log.debug("skipping %s: sockets and unknown file types are not sent", rel)
            return
        if not stat.S_ISDIR(mode) and st.st_nlink > 1:
            key = (st.st_dev, st.st_ino)
            first = inodes.get(key)
            if first is not None:
                info.type = tarfile.LNKTYPE
                info.linkname = first
                info.size = 0
            else:
                inodes[key] = rel
        sink.write(_tar_header(info))
        if info.type != tarfile.REGTYPE or info.size == 0:
            yield from sink.drain()
            return
        fd = directory.open_file(name, st)
        try:
            remaining = info.size
            while remaining:
                data = os.read(fd, min(remaining, self.chunk_size))
                if not data:
                    raise BuildContextError(
                        f"{os.path.join(directory.path, name)} shrank while reading "
                        "the context"
                    )
                remaining -= len(data)
                sink.write(data)
                yield from sink.drain()
        finally:
            os.close(fd)
        sink.write(_pad(info.size))
        yield from sink.drain()


def _mtime(st: os.stat_result) -> int:
    return st.st_mtime_ns // 1_000_000_000


def _inside(context: str, path: str) -> bool:
    rel = os.path.relpath(path, context)
    return rel != os.pardir and not rel.startswith(os.pardir + os.sep)


def _resolve_inside(context: str, candidate: str, what: str, hint: str = "") -> str:
    """The real path of ``candidate``, which lies in the context: a symlink
    (itself or a directory on the way) that leads out of the context is refused,
    so a file of the user's (``~/.docker/config.json``, a key) is never read and
    sent because a checked-out tree holds a link to it."""
    real = os.path.realpath(candidate)
    if not _inside(context, real):
        raise BuildContextError(
            f"{candidate}: the {what} is a symlink to a file outside the build"
            f" context; refused{hint}"
        )
    return real


def _locate_dockerfile(
    context: str, dockerfile: str | os.PathLike[str] | None
) -> tuple[str, bool]:
    """(real path, inside context?) with the CLI's rules (symlinks resolved).

    Unlike the CLI, a path inside the context whose symlinks lead out of it is
    refused; only a path given outside the context is read from outside.
    """
    if dockerfile is None:
        candidate = os.path.join(context, "Dockerfile")
        if not os.path.lexists(candidate):
            lower = os.path.join(context, "dockerfile")
            if os.path.lexists(lower):
                candidate = lower
    else:
        candidate = os.path.join(context, os.fspath(dockerfile))
    if _inside(context, os.path.abspath(candidate)):
        real = _resolve_inside(
            context,
            candidate,
            "Dockerfile",
            " (name a Dockerfile outside the context explicitly to use one)",
        )
    else:
        real = os.path.realpath(candidate)
    if not os.path.isfile(real):
        raise FileNotFoundError(f"Cannot locate Dockerfile: {candidate}")
    return real, _inside(context, real)


def build_context(
    path: str | os.PathLike[str],
    *,
    dockerfile: str | os.PathLike[str] | None = None,
    gzip: bool = False,
    chunk_size: int = CHUNK_SIZE,
) -> BuildContext:
    """Prepare the build context of directory ``path``.

    ``dockerfile`` is relative to the context (or absolute); default ``Dockerfile``
    (``dockerfile`` if only that exists). A Dockerfile outside the context is added as
    ``.dockerfile.<40 hex of its content hash>`` and listed in the sent
    ``.dockerignore`` so the daemon drops it after reading; the name to pass as the
    ``dockerfile`` query parameter is ``result.dockerfile``. ``.dockerignore`` errors
    and a missing Dockerfile raise here, before anything is streamed.
    """
    if chunk_size <= 0:
        raise ValueError("chunk_size must be positive")
    context = os.path.realpath(os.fspath(path))
    if not os.path.isdir(context):
        raise NotADirectoryError(f"build context is not a directory: {context}")
    ignore_path = os.path.join(context, ".dockerignore")
    ignore_text: bytes | None = None
    if os.path.lexists(ignore_path):
        # The CLI follows a symlinked .dockerignore wherever it leads; here it must
        # stay in the context (its text is sent when the Dockerfile is outside).
        real_ignore = _resolve_inside(context, ignore_path, ".dockerignore")
        try:
            with open(real_ignore, "rb") as fh:
                ignore_text = fh.read()
        except IsADirectoryError:
            raise DockerIgnoreError(f"{ignore_path}: is a directory") from None
    ignore = DockerIgnore.from_text(
        (ignore_text or b"").decode("utf-8", "surrogateescape")
    )
    real, inside = _locate_dockerfile(context, dockerfile)
    external: tuple[bytes, int] | None = None
    forced: list[str] = []
    if ignore.matches(".dockerignore"):
        forced.append(".dockerignore")
    if inside:
        name = os.path.relpath(real, context).replace(os.sep, "/")
        if ignore.matches(name):
            forced.append(name)
    else:
        with open(real, "rb") as fh:
            content = fh.read()
        name = ".dockerfile." + hashlib.sha256(content).hexdigest()[:40]
        external = (content, _mtime(os.stat(real)))
    return BuildContext(
        context,
        name,
        ignore,
        gzip=gzip,
        chunk_size=chunk_size,
        forced=tuple(forced),
        external=external,
        ignore_text=ignore_text,
    )


# --------------------------------------------------------------------------------------
# Dockerfile base images (for resolving only the registries a build needs)

_VAR: Final = re.compile(
    r"\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))"
)
_DIRECTIVE: Final = re.compile(r"#\s*([A-Za-z]+)\s*=\s*(\S+)\s*$")


def _logical_lines(text: str) -> Iterator[tuple[str, str]]:
    lines = text.split("\n")
    escape = "\\"
    index = 0
    while index < len(lines):
        directive = _DIRECTIVE.match(lines[index].strip())
        if not directive:
            break
        if directive.group(1).lower() == "escape" and directive.group(2) in "\\`":
            escape = directive.group(2)
        index += 1
    current = ""
    for line in lines[index:]:
        stripped = line.strip()
        if stripped.startswith("#") or (current and not stripped):
            continue
        body = line.rstrip("\r").rstrip()
        if body.endswith(escape):
            current += body[: -len(escape)] + " "
            continue
        current += body
        parts = current.strip().split(None, 1)
        current = ""
        if parts:
            yield parts[0].upper(), parts[1] if len(parts) > 1 else ""


def _expand(word: str, values: Mapping[str, str | None]) -> str | None:
    unresolved = False

    def repl(m: re.Match[str]) -> str:
        nonlocal unresolved
        name = m.group(1) or m.group(4)
        value = values.get(name)
        op, arg = m.group(2), m.group(3)
        if op == "-":
            return arg if value is None else value
        if op == ":-":
            return value if value else arg
        if op == "+":
            return "" if value is None else arg
        if op == ":+":
            return arg if value else ""
        if value is None:
            unresolved = True
            return ""
        return value

    expanded = _VAR.sub(repl, word)
    return None if unresolved or not expanded else expanded


def dockerfile_base_images(
    text: str, build_args: Mapping[str, str] | None = None
) -> list[str]:
    """Images a Dockerfile pulls: ``FROM`` lines and ``COPY --from=<image>``.

    Global ``ARG`` defaults and ``build_args`` are substituted; stage names,
    stage indexes and ``scratch`` are skipped, as are references that cannot be
    resolved. Pass the result to ``resolve_build_config``.
    """
    given = dict(build_args or {})
    values: dict[str, str | None] = {}
    stages: set[str] = set()
    images: list[str] = []
    seen_from = False

    def add(ref: str) -> None:
        image = _expand(ref, values)
        if image is None or image.lower() in stages or image.lower() == "scratch":
            return
        if image.isdigit() or image in images:
            return
        images.append(image)

    for instruction, rest in _logical_lines(text):
        if instruction == "ARG" and not seen_from:
            for token in rest.split():
                key, sep, default = token.partition("=")
                if key in given:
                    values[key] = given[key]
                else:
                    values[key] = default.strip("\"'") if sep else None
        elif instruction == "FROM":
            seen_from = True
            words = [w for w in rest.split() if not w.startswith("--")]
            if not words:
                continue
            add(words[0])
            if len(words) >= 3 and words[1].lower() == "as":
                stages.add(words[2].lower())
        elif instruction == "COPY":
            for word in rest.split():
                if word.lower().startswith("--from="):
                    add(word.split("=", 1)[1])
    return images
