"""black over the emitted Python, with a cache keyed by content so unchanged files cost nothing."""

from __future__ import annotations

import hashlib
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import black

from .source import cache_dir

MODE = black.Mode(line_length=88, target_versions={black.TargetVersion.PY310})
_KEY_PREFIX = f"black {black.__version__} {MODE!r}".encode()
# Below this many uncached files a process pool costs more than it saves.
_PARALLEL_THRESHOLD = 24


def _key(source: str) -> str:
    return hashlib.sha256(_KEY_PREFIX + source.encode()).hexdigest()


def _format(source: str) -> str:
    try:
        return black.format_str(source, mode=MODE)
    except black.NothingChanged:
        return source


def format_python(files: dict[str, str], use_cache: bool = True) -> dict[str, str]:
    """The same files with every .py formatted by black."""
    cache = cache_dir() / "black"
    result = dict(files)
    pending: dict[str, str] = {}  # path → cache key
    for path, source in files.items():
        if not path.endswith(".py"):
            continue
        key = _key(source)
        cached = cache / key
        if use_cache and cached.is_file():
            result[path] = cached.read_text(encoding="utf-8")
        else:
            pending[path] = key
    if not pending:
        return result
    paths = sorted(pending)
    sources = [files[p] for p in paths]
    if len(paths) >= _PARALLEL_THRESHOLD and (os.cpu_count() or 1) > 1:
        with ProcessPoolExecutor() as pool:
            formatted = list(pool.map(_format, sources, chunksize=8))
    else:
        formatted = [_format(s) for s in sources]
    for path, text in zip(paths, formatted):
        result[path] = text
        if use_cache:
            _store(cache / pending[path], text)
    return result


def _store(target: Path, text: str) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=target.parent, delete=False) as partial:
            partial.write(text)
        os.replace(partial.name, target)
    except OSError:
        pass  # a cache that cannot be written only costs time
