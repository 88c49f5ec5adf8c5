"""black over the emitted Python, with a cache keyed by content so unchanged files cost nothing.

A cache entry is black's output for the source its key hashes, authenticated (cache.py): a
planted or corrupted entry is ignored and the file formatted again.
"""

from __future__ import annotations

import hashlib
import os
import re
from concurrent.futures import ProcessPoolExecutor
from importlib.metadata import version

from . import cache
from .loader import init_worker, sigint_deferred

LINE_LENGTH = 88
# A dict entry of two string literals: black cannot split it, however long.
_UNSPLITTABLE = re.compile(r'\s*"[^"\\]*": "[^"\\]*",')
# black is imported only when a file is not in the cache: its import costs more than a warm run.
_KEY_PREFIX = f"black {version('black')} line-length {LINE_LENGTH} py310".encode()
# Below this many uncached files a process pool costs more than it saves.
_PARALLEL_THRESHOLD = 24


def _key(source: str) -> str:
    return hashlib.sha256(_KEY_PREFIX + source.encode()).hexdigest()


def _format(source: str) -> str:
    import black

    mode = black.Mode(line_length=LINE_LENGTH, target_versions={black.TargetVersion.PY310})
    return black.format_str(source, mode=mode)


def tidy_blank_lines(source: str) -> str:
    """Blank lines as black leaves them: at most two between top-level statements, one
    inside blocks, none at the start, one newline at the end.

    The templates' loops leave runs of blank lines; fixing them here keeps the templates
    readable and the output black-stable without running black.
    """
    lines = source.split("\n")
    kept: list[str] = []
    blank_run = 0
    for line in lines:
        if not line.strip():
            blank_run += 1
            continue
        if kept and blank_run:
            limit = 2 if not line[:1].isspace() else 1
            kept.extend([""] * min(blank_run, limit))
        blank_run = 0
        kept.append(line.rstrip())
    return "\n".join(kept) + "\n"


def needs_black(source: str) -> bool:
    """Whether black could change a tidied file of ours: only code lines too long to stay
    (black never rewraps a comment line or the inside of a docstring).

    Everything else the templates emit is black-stable (exploded calls carry a magic
    trailing comma); tests/generator/test_formatting.py runs black over the whole output
    to keep this true.
    """
    in_string = False  # inside a triple-quoted literal, whose lines black never rewraps
    for line in source.splitlines():
        if len(line) > LINE_LENGTH and not in_string and not _UNSPLITTABLE.fullmatch(line):
            stripped = line.strip()
            docstring_line = stripped.startswith('"""') and (stripped.count('"""') == 1 or stripped.endswith('"""'))
            if not docstring_line and not stripped.startswith("#"):
                return True
        if line.count('"""') % 2:
            in_string = not in_string
    return False


def format_python(files: dict[str, str], use_cache: bool = True) -> dict[str, str]:
    """The same files with every .py in black's format."""
    result = dict(files)
    pending: dict[str, str] = {}  # path → cache key
    for path, raw in files.items():
        if not path.endswith(".py"):
            continue
        source = result[path] = tidy_blank_lines(raw)
        if not needs_black(source):
            continue
        key = _key(source)
        cached = cache.read("black", key) if use_cache else None
        if cached is not None:
            result[path] = cached.decode("utf-8")
        else:
            pending[path] = key
    if not pending:
        return result
    paths = sorted(pending)
    sources = [result[p] for p in paths]
    if len(paths) >= _PARALLEL_THRESHOLD and (os.cpu_count() or 1) > 1:
        with sigint_deferred(), ProcessPoolExecutor(initializer=init_worker, initargs=(os.getpid(),)) as pool:
            formatted = list(pool.map(_format, sources, chunksize=8))
    else:
        formatted = [_format(s) for s in sources]
    for path, text in zip(paths, formatted):
        result[path] = text
        if use_cache:
            cache.write("black", pending[path], text.encode("utf-8"))
    return result
