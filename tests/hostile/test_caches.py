"""The caches hold data only, and no entry is trusted before it is checked.

A planted entry (a cache folder restored from elsewhere) must neither run code, nor skip
validation, nor change the generated source, nor make --check answer "up to date"; a
corrupted, truncated, swapped or linked entry is ignored and recomputed.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from pathlib import Path

import pytest

from generator import cache, loader
from generator.cli import main
from generator.overlay import load_overlay
from generator.source import cache_dir, read_spec

from .support import tree_digest

SPECS = Path(__file__).resolve().parent / "specs"
INVALID = Path(__file__).resolve().parents[1] / "generator" / "bad_specs" / "null_default.yaml"


@pytest.fixture(autouse=True)
def own_caches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


class _RunsCode:
    """Unpickling this writes a file: what a planted pickle would do."""

    def __init__(self, sentinel: Path) -> None:
        self.sentinel = sentinel

    def __reduce__(self) -> tuple[object, ...]:
        return (Path.write_text, (self.sentinel, "code ran"))


def _entries(kind: str) -> list[Path]:
    folder = cache.folder(kind)
    return sorted(p for p in folder.iterdir() if not p.name.startswith(".")) if folder.is_dir() else []


def _generate(spec: Path, out: Path, *extra: str) -> int:
    return main(["--spec", str(spec), "--out", str(out), *extra])


def test_a_planted_pickle_runs_no_code(tmp_path: Path) -> None:
    sentinel = tmp_path / "sentinel"
    assert _generate(SPECS / "minimal.yaml", tmp_path / "warm") == 0
    folder = cache.folder("documents")
    for entry in _entries("documents"):  # each entry, in the old format and the new
        for name in (entry.name, entry.name.removesuffix(".pickle"), entry.name + ".pickle"):
            (folder / name).write_bytes(pickle.dumps(_RunsCode(sentinel)))
    assert _generate(SPECS / "minimal.yaml", tmp_path / "out") == 0
    assert not sentinel.exists(), "a planted pickle ran code"


def test_a_planted_document_skips_no_validation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The invalid spec's entry, planted as if it had passed: it is refused all the same."""
    key = loader._cache_key(read_spec(str(INVALID)), load_overlay())
    document = {"swagger": "2.0", "info": {"title": "t", "version": "1.0"}, "paths": {}, "definitions": {"Planted": {"type": "object"}}}
    folder = cache.folder("documents")
    folder.mkdir(parents=True)
    (folder / key).write_bytes(b"0" * 64 + b"\n" + json.dumps(document).encode())
    (folder / f"{key}.pickle").write_bytes(pickle.dumps(document))
    assert _generate(INVALID, tmp_path / "out") == 2
    assert "at /definitions/Thing/properties/Tags/default" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_a_planted_black_entry_does_not_change_the_output(tmp_path: Path) -> None:
    spec = SPECS / "enum_odd_values.yaml"  # long lines generator/layout.py leaves to black; the upstream specs have none
    assert _generate(spec, tmp_path / "clean") == 0
    entries = _entries("black")
    assert entries, "nothing was formatted by black: the test would prove nothing"
    for entry in entries:
        entry.write_text("import os\nos.system('echo planted')\n")
    assert _generate(spec, tmp_path / "out", "--force") == 0
    assert tree_digest(tmp_path / "out") == tree_digest(tmp_path / "clean")


def test_a_planted_outputs_manifest_does_not_make_check_pass(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert _generate(SPECS / "minimal.yaml", out) == 0
    (out / "README.md").write_text("stale\n")
    hashes = {p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in out.rglob("*") if p.is_file()}
    for entry in _entries("outputs"):
        for name in (entry.name, entry.name + ".json", entry.name.removesuffix(".json")):
            (entry.parent / name).write_text(json.dumps(hashes))
    assert main(["--check", "--spec", str(SPECS / "minimal.yaml"), "--out", str(out)]) == 1
    assert "README.md" in capsys.readouterr().err


def test_entries_are_checked_before_use(tmp_path: Path) -> None:
    cache.write("black", "k1", b"formatted")
    assert cache.read("black", "k1") == b"formatted"
    entry = cache.folder("black") / "k1"
    good = entry.read_bytes()
    entry.write_bytes(good[:-1] + b"X")  # corrupted
    assert cache.read("black", "k1") is None
    entry.write_bytes(good[:-3])  # truncated
    assert cache.read("black", "k1") is None
    entry.write_bytes(good)
    (cache.folder("black") / "k2").write_bytes(good)  # copied under another key
    assert cache.read("black", "k2") is None
    assert cache.read("documents", "k1") is None  # another kind's folder
    entry.unlink()
    entry.symlink_to(cache.folder("black") / "k2")  # a link, even to a good entry
    assert cache.read("black", "k1") is None
    os.mkfifo(cache.folder("black") / "fifo")  # a FIFO: never waits for a writer
    assert cache.read("black", "fifo") is None


def test_writes_never_follow_a_planted_link(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("mine\n")
    cache.write("black", "seed", b"x")
    (cache.folder("black") / "k").symlink_to(victim)
    cache.write("black", "k", b"formatted")
    assert victim.read_text() == "mine\n"
    assert cache.read("black", "k") == b"formatted"


def test_a_linked_cache_folder_is_not_used(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    cache_dir().mkdir(parents=True)
    (cache.folder("black")).symlink_to(elsewhere)
    cache.write("black", "k", b"formatted")
    assert list(elsewhere.iterdir()) == [] and cache.read("black", "k") is None


def test_a_key_others_may_read_disables_the_caches(tmp_path: Path) -> None:
    cache.write("black", "k", b"formatted")
    key = cache.state_dir() / "keys" / "cache.key"
    assert key.stat().st_mode & 0o777 == 0o600
    key.chmod(0o644)
    cache._secret_in.cache_clear()
    try:
        assert cache.read("black", "k") is None
    finally:
        key.chmod(0o600)
        cache._secret_in.cache_clear()



def test_entries_stay_out_of_the_folders_older_generators_trust(tmp_path: Path) -> None:
    # A generator from before authenticated entries read `<cache>/black/<key>` as it was: had it
    # met a tagged entry, it would have emitted the tag line as code.
    cache.write("black", "k", b"formatted")
    assert cache.read("black", "k") == b"formatted"
    assert not (cache_dir() / "black").exists() and cache.folder("black").parent == cache_dir()
