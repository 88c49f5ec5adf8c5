"""Skip work that was already done: a fingerprint of every input, and the output it gave.

When the same inputs (spec, overlay, generator code, templates, runtime, tool versions and
options) already produced the files that are in --out, a run has nothing to do. The check
reads and hashes files only, so it runs before the heavy modules are even imported.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from .source import cache_dir

ROOT = Path(__file__).resolve().parent.parent
_TOOLS = ("jinja2", "pyyaml", "openapi-spec-validator", "black")
_IGNORED_PARTS = ("__pycache__", ".mypy_cache", ".pytest_cache")


def inputs_fingerprint(spec_bytes: bytes, options: dict[str, str]) -> str:
    digest = hashlib.sha256()
    digest.update(sys.version.encode())
    for tool in _TOOLS:
        try:
            digest.update(f"{tool} {version(tool)}\n".encode())
        except PackageNotFoundError:
            digest.update(f"{tool} missing\n".encode())
    digest.update(json.dumps(options, sort_keys=True).encode())
    digest.update(hashlib.sha256(spec_bytes).digest())
    for folder in ("generator", "templates", "spec"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and not any(part in _IGNORED_PARTS for part in path.parts):
                digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


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
    hashes = {}
    for dirpath, dirnames, filenames in os.walk(out):
        dirnames[:] = [d for d in dirnames if d not in _IGNORED_PARTS and not d.endswith(".egg-info")]
        for name in filenames:
            path = Path(dirpath) / name
            hashes[path.relative_to(out).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


def files_hashes(files: dict[str, str]) -> dict[str, str]:
    return {rel: hashlib.sha256(text.encode("utf-8")).hexdigest() for rel, text in files.items()}


def _manifest(fingerprint: str) -> Path:
    return cache_dir() / "outputs" / f"{fingerprint}.json"


def up_to_date(fingerprint: str, out: Path) -> bool:
    """Whether `out` holds exactly what these inputs produced before."""
    try:
        expected = json.loads(_manifest(fingerprint).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return out.is_dir() and tree_hashes(out) == expected


def remember(fingerprint: str, files: dict[str, str]) -> None:
    target = _manifest(fingerprint)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=target.parent, delete=False) as partial:
            json.dump(files_hashes(files), partial, sort_keys=True)
        os.replace(partial.name, target)
    except OSError:
        pass  # a cache that cannot be written only costs time
