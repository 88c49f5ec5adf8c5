"""Skip work that was already done: a fingerprint of every input, and the output it gave.

When the same inputs (spec, overlay, generator code, templates, runtime, tool versions and
options) already produced the files that are in --out, a run has nothing to do. The check
reads and hashes files only, so it runs before the heavy modules are even imported. What the
inputs produced is an authenticated cache entry (cache.py), compared with the bytes in --out:
a planted or corrupted entry is ignored, and a link or other odd file in --out never matches.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from . import cache
from .resources import GENERATOR, SPEC, TEMPLATES

# The generator's own inputs, by name: the same names whether checked out or installed.
_INPUTS = {"generator": GENERATOR, "templates": TEMPLATES, "spec": SPEC}
# The libraries whose versions change the output (--version shows them too).
TOOLS = ("jinja2", "pyyaml", "openapi-spec-validator", "black")
_IGNORED_PARTS = ("__pycache__", ".mypy_cache", ".pytest_cache")


def inputs_fingerprint(spec_bytes: bytes, options: dict[str, str]) -> str:
    digest = hashlib.sha256()
    digest.update(sys.version.encode())
    for tool, tool_version in tool_versions().items():
        digest.update(f"{tool} {tool_version}\n".encode())
    digest.update(json.dumps(options, sort_keys=True).encode())
    digest.update(hashlib.sha256(spec_bytes).digest())
    for name, folder in _INPUTS.items():
        for path in sorted(folder.rglob("*")):
            if _is_input(path, folder):
                digest.update(f"{name}/{path.relative_to(folder).as_posix()}".encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def tool_versions() -> dict[str, str]:
    versions = {}
    for tool in TOOLS:
        try:
            versions[tool] = version(tool)
        except PackageNotFoundError:
            versions[tool] = "missing"
    return versions


def _is_input(path: Path, folder: Path) -> bool:
    # Installed, templates/ and spec/ lie inside the generator package: each is hashed once, under its own name.
    nested = folder == GENERATOR and (path.is_relative_to(TEMPLATES) or path.is_relative_to(SPEC))
    return path.is_file() and not nested and not any(part in _IGNORED_PARTS for part in path.relative_to(folder).parts)


def folder_stamp(folder: Path | None) -> str:
    """Names, sizes and modification times of a folder's files: cheap, and enough to see a
    history folder change between runs."""
    if folder is None:
        return ""
    try:
        return json.dumps(sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir() if p.is_file()))
    except OSError:
        return "unreadable"  # the full run reports it


def tree_hashes(out: Path) -> dict[str, str]:
    """sha256 of each file in `out`; "" for anything not a regular file (a link, a FIFO)."""
    hashes = {}
    for dirpath, dirnames, filenames in os.walk(out):
        dirnames[:] = [d for d in dirnames if d not in _IGNORED_PARTS and not d.endswith(".egg-info")]
        for name in filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
            path = Path(dirpath) / name
            data = cache.read_regular_file(path, cache.MAX_ENTRY_BYTES)
            hashes[path.relative_to(out).as_posix()] = "" if data is None else hashlib.sha256(data).hexdigest()
    return hashes


def files_hashes(files: dict[str, str]) -> dict[str, str]:
    return {rel: hashlib.sha256(text.encode("utf-8")).hexdigest() for rel, text in files.items()}


def up_to_date(fingerprint: str, out: Path) -> bool:
    """Whether `out` holds exactly what these inputs produced before."""
    manifest = cache.read("outputs", fingerprint)
    if manifest is None or not out.is_dir():
        return False
    try:
        expected = json.loads(manifest)
    except ValueError:
        return False
    return bool(expected) and tree_hashes(out) == expected


def remember(fingerprint: str, files: dict[str, str]) -> None:
    cache.write("outputs", fingerprint, json.dumps(files_hashes(files), sort_keys=True).encode())
