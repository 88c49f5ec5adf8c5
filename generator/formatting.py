"""black over the emitted Python, with a cache keyed by content so unchanged files cost nothing.

A cache entry is black's output for the source its key hashes, authenticated (cache.py): a
planted or corrupted entry is ignored and the file formatted again.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from importlib.metadata import version

from . import cache
from .loader import init_worker, sigint_deferred

LINE_LENGTH = 88
# A dict entry of two string literals: black cannot split it, however long.
_UNSPLITTABLE = re.compile(r'\s*"[^"\\]*": "[^"\\]*",')
# black is imported only when a file is not in the cache: its import costs more than a warm run.
# Below this many uncached files a process pool costs more than it saves.
_PARALLEL_THRESHOLD = 24


@functools.cache
def _key_prefix() -> bytes:
    """black's version and settings: looked up once, and only when a file needs black."""
    return f"black {version('black')} line-length {LINE_LENGTH} py310".encode()


def _key(source: str) -> str:
    return hashlib.sha256(_key_prefix() + source.encode()).hexdigest()


def _format(source: str) -> str:
    """black's output for a tidied file of ours.

    Only the statements holding a line black could change (see `needs_black`) go through
    black, each alone at its depth: black lays out a statement from the statement and its
    indentation alone, and the rest of the file is in its layout already. Formatting a few
    statements instead of the whole file is most of a cold run's formatting time saved.
    """
    import black

    mode = black.Mode(line_length=LINE_LENGTH, target_versions={black.TargetVersion.PY310})
    lines = source.splitlines(keepends=True)
    spans = _statements_to_format(source)
    if spans is None:
        return black.format_str(source, mode=mode)
    for first, last in reversed(spans):  # 1-based, inclusive; from the end: indices hold
        indent = len(lines[first - 1]) - len(lines[first - 1].lstrip(" "))
        depth = indent // 4
        wrapper = "".join("    " * level + "if _:\n" for level in range(depth))
        formatted = black.format_str(wrapper + "".join(lines[first - 1 : last]), mode=mode)
        statement = formatted.splitlines(keepends=True)[depth:]
        if indent % 4 or not statement or not statement[0].startswith(" " * indent + lines[first - 1].strip()[:1]):
            return black.format_str(source, mode=mode)  # not laid out as expected: the whole file
        lines[first - 1 : last] = statement
    return "".join(lines)


def _statements_to_format(source: str) -> list[tuple[int, int]] | None:
    """(first, last) line of each outermost statement, among the innermost ones that hold a
    line black could change; None when some such line is in no statement."""
    import ast

    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    statements = [
        (min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])]), node.end_lineno or node.lineno)
        for node in ast.walk(tree)
        if isinstance(node, ast.stmt)
    ]
    spans: set[tuple[int, int]] = set()
    for number in _lines_black_could_change(source):
        holding = [span for span in statements if span[0] <= number <= span[1]]
        if not holding:
            return None
        spans.add(min(holding, key=lambda span: span[1] - span[0]))
    outermost = [span for span in spans if not any(o != span and o[0] <= span[0] and span[1] <= o[1] for o in spans)]
    return sorted(outermost)


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
    return any(_lines_black_could_change(source))


def _lines_black_could_change(source: str) -> Iterator[int]:
    """Numbers (from 1) of the code lines too long to stay."""
    in_string = False  # inside a triple-quoted literal, whose lines black never rewraps
    for number, line in enumerate(source.splitlines(), start=1):
        if len(line) > LINE_LENGTH and not in_string and not _UNSPLITTABLE.fullmatch(line):
            stripped = line.strip()
            docstring_line = stripped.startswith('"""') and (stripped.count('"""') == 1 or stripped.endswith('"""'))
            if not docstring_line and not stripped.startswith("#"):
                yield number
        if line.count('"""') % 2:
            in_string = not in_string


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
