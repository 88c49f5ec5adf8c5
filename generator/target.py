"""Which folders --out may replace: never one holding anything the generator did not write.

Every output carries a marker, MARKER, that lists each file the generator wrote with its
sha256. A folder may be replaced when it is missing or empty, or when it is a previous output
whose files are all listed in its marker and unchanged since. Anything else (a folder of the
user's, a previous output with files added or edited by hand) is refused, naming those
files, unless --force says to replace it. Places whose loss would be a disaster are refused
even with --force: the root, a home folder, the current folder or one of its parents, a
repository's root (it holds .git) and the generator's own source folder.

Outputs from before the marker existed are recognised by their contents: the package's
client module is there and every file is one this run writes (so each is replaced, none lost).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

from .cache import read_regular_file
from .errors import GeneratorError, Problem

MARKER = ".docker-engine-codegen.json"
_SIGNATURE = "docker_engine/_client.py"  # in every output, before and since the marker
# Byproducts of using the package in place (python, mypy, pytest, pip install -e): not output.
_BYPRODUCTS = ("__pycache__", ".mypy_cache", ".pytest_cache")
_LISTED = 20  # files named in a refusal; the rest are counted
_MAX_MARKER_BYTES = 16 * 1024 * 1024
_SOURCE = Path(__file__).resolve().parent


def marker_text(files: dict[str, str]) -> str:
    """The marker for an output of `files` (deterministic: one line per file, sorted)."""
    listed = {rel: hashlib.sha256(text.encode("utf-8")).hexdigest() for rel, text in files.items() if rel != MARKER}
    marker = {"generator": "docker-engine-codegen", "note": "written by python -m generator; lists what it may replace", "files": listed}
    return json.dumps(marker, indent=1, sort_keys=True) + "\n"


def output_entries(out: Path) -> Iterator[tuple[str, os.DirEntry[str]]]:
    """(relative path, entry) of everything in `out` but folders and byproducts; links
    are entries, never followed."""
    stack = [out]
    while stack:
        with os.scandir(stack.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name not in _BYPRODUCTS and not entry.name.endswith(".egg-info"):
                        stack.append(Path(entry.path))
                    continue
                yield Path(entry.path).relative_to(out).as_posix(), entry


def refuse_unsafe_place(out: Path) -> None:
    """GeneratorError when `out` is a place never to replace, or not a folder. --force does
    not override it."""
    real = out.resolve()
    shown = str(out) if real == out.absolute() else f"{out} (a link to {real})"
    reason = _disaster(real)
    if reason is not None:
        raise GeneratorError(shown, [Problem(f"--out must not be {reason}: give a folder of its own, such as {real / 'generated'} (--force does not change this)")])
    if os.path.lexists(real) and not real.is_dir():
        raise GeneratorError(shown, [Problem("--out exists and is not a folder")])


def _disaster(real: Path) -> str | None:
    home = Path.home().resolve()
    if real == real.parent:
        return "the root folder"
    if real == home or real in home.parents:
        return "your home folder or one of its parents"
    cwd = Path.cwd().resolve()
    if real == cwd or real in cwd.parents:
        return "the current folder or one of its parents"
    if os.path.lexists(real / ".git"):
        return "the root of a repository (it holds .git)"
    if real == _SOURCE or real in _SOURCE.parents or _SOURCE in real.parents:
        return "the generator's own source folder or one of its parents"
    return None


def refuse_unreplaceable(out: Path, files: dict[str, str], force: bool) -> None:
    """GeneratorError unless replacing `out` by `files` loses nothing the generator did not
    write (or `force` says to replace it anyway)."""
    refuse_unsafe_place(out)
    if force or not out.is_dir():
        return
    present = dict(output_entries(out))
    if not present:
        return
    listed = _listed_files(out)
    if listed is None:
        if _SIGNATURE in present and present.keys() <= files.keys():
            return  # an output from before the marker: every file in it is rewritten now
        foreign = sorted(present.keys() - files.keys()) or sorted(present)
        reason = f"--out is not empty and is not an output of this generator (it has no {MARKER})"
    else:
        foreign = sorted(rel for rel, entry in present.items() if rel != MARKER and not _unchanged(entry, listed.get(rel)))
        reason = "--out holds files the generator did not write, or that were changed since it wrote them"
    if not foreign:
        return
    named = [Problem(f"{reason}: move them elsewhere or pass --force to replace them ({len(foreign)} file(s)):")]
    named += [Problem(f"  {rel}") for rel in foreign[:_LISTED]]
    if len(foreign) > _LISTED:
        named.append(Problem(f"  ... and {len(foreign) - _LISTED} more"))
    raise GeneratorError(str(out), named)


def _listed_files(out: Path) -> dict[str, str] | None:
    """{path: sha256} from the marker in `out`; None without a readable, well-formed one."""
    data = read_regular_file(out / MARKER, _MAX_MARKER_BYTES)
    try:
        listed = json.loads(data)["files"] if data is not None else None
    except (ValueError, TypeError, KeyError):
        return None
    if not isinstance(listed, dict) or not all(isinstance(v, str) for v in listed.values()):
        return None
    return listed


def _unchanged(entry: os.DirEntry[str], sha256: str | None) -> bool:
    if sha256 is None or not entry.is_file(follow_symlinks=False):
        return False
    data = read_regular_file(Path(entry.path), _MAX_MARKER_BYTES * 16)
    return data is not None and hashlib.sha256(data).hexdigest() == sha256
