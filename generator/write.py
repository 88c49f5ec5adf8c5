"""Write the emitted tree in one step, or compare it with what is on disk (--check).

The tree is written into a temporary folder beside the target and swapped in whole, so a
failed or interrupted generation leaves the previous output exactly as it was. Only a folder
that target.py allows is replaced, checked again just before the swap.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import fcntl
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Callable

from .cache import read_regular_file
from .target import output_entries, refuse_unreplaceable

_RENAME_EXCHANGE = 2  # linux/fs.h


def stale_files(out: Path, files: dict[str, str]) -> list[str]:
    """Relative paths that differ, are missing or should not be there (a link is never the
    file it points to)."""
    stale = []
    for rel, text in sorted(files.items()):
        expected = text.encode("utf-8")
        if read_regular_file(out / rel, len(expected)) != expected:
            stale.append(rel)
    if out.is_dir():
        present = {rel for rel, _ in output_entries(out)}
        stale.extend(sorted(present - set(files)))
    return stale


def write_tree(out: Path, files: dict[str, str], before_swap: Callable[[], None] = lambda: None, force: bool = False) -> None:
    """Write `files` as the whole of `out`. `before_swap` may raise to abandon the write;
    GeneratorError when `out` holds what the generator did not write (and not `force`)."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    # One writer at a time in this folder (a lock on the folder itself, so nothing is
    # written beside `out`): it also makes it safe to clear what a killed run left there.
    folder = os.open(out.parent, os.O_RDONLY)
    try:
        fcntl.flock(folder, fcntl.LOCK_EX)
        _recover_from_killed_runs(out)
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
        try:
            for rel, text in files.items():
                target = staging / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(text.encode("utf-8"))
            before_swap()  # an invalid spec is the first thing to report
            refuse_unreplaceable(out, files, force)  # checked last: nothing can be added after it
            _swap_in(staging, out)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    finally:
        os.close(folder)  # releases the lock


def _recover_from_killed_runs(out: Path) -> None:
    """A run killed mid-way leaves its staging folder, or (between the two renames of the
    fallback swap) the previous tree under its .old- name: put that back, drop the rest.
    Only real folders named exactly as mkdtemp names ours are touched."""
    ours = re.compile(rf"\.{re.escape(out.name)}\.(old|new)-[a-z0-9_]{{8}}")
    leftovers = sorted(p for p in out.parent.iterdir() if ours.fullmatch(p.name) and p.is_dir() and not p.is_symlink())
    for path in leftovers:
        if path.name.startswith(f".{out.name}.old-") and not os.path.lexists(out):
            os.rename(path, out)
        else:
            shutil.rmtree(path, ignore_errors=True)


def _swap_in(staging: Path, out: Path) -> None:
    """Put `staging` at `out`; afterwards `staging` holds the previous tree (or nothing)."""
    if not out.exists():
        os.rename(staging, out)
        staging.mkdir()  # the caller removes it
        return
    if _exchange(staging, out):
        return
    # No atomic exchange here: two renames, with the old tree kept until the new one is in place.
    previous = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    os.rmdir(previous)
    os.rename(out, previous)
    try:
        os.rename(staging, out)
    except OSError:
        os.rename(previous, out)
        raise
    os.rename(previous, staging)


def _exchange(a: Path, b: Path) -> bool:
    """Linux renameat2(RENAME_EXCHANGE): swap two paths atomically. False where unsupported."""
    libc_name = ctypes.util.find_library("c")
    if libc_name is None:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd = -100
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE)
    return bool(result == 0)
