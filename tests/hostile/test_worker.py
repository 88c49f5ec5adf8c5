"""The spec cannot hang the generator, exhaust its memory, or leave a process behind.

A YAML alias bomb is refused in milliseconds (the aliases are counted, not expanded); the
validation worker has a deadline and a memory bound, and dies when its parent dies.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from generator import loader
from generator.cli import main

from ..conftest import ROOT, spec_path

SPECS = Path(__file__).resolve().parent / "specs"


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.parametrize("name", ["yaml_alias_bomb.yaml", "yaml_alias_cycle.yaml"])
def test_alias_bombs_are_refused_at_once(name: str, tmp_path: Path) -> None:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "generator", "--spec", str(SPECS / name), "--out", str(tmp_path / "out"), "--no-cache"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "YAML alias" in done.stderr and "Traceback" not in done.stderr
    assert time.monotonic() - started < 60
    assert not (tmp_path / "out").exists()


def test_aliases_read_as_separate_copies() -> None:
    from generator.source import read_spec

    document = loader.parse(read_spec(str(SPECS / "yaml_aliases_small.yaml")))
    first = document["paths"]["/things"]["get"]["responses"][200]
    second = document["paths"]["/other-things"]["get"]["responses"][200]
    assert first == second and first is not second and first["schema"] is not second["schema"]
    assert document["definitions"]["Thing"]["properties"] is not document["definitions"]["Base"]["properties"]


def test_validation_past_its_deadline_is_stopped(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(loader, "VALIDATION_SECONDS", 0.5)
    monkeypatch.setattr(loader, "validate", lambda document, text: time.sleep(30) or [])
    started = time.monotonic()
    code = main(["--spec", str(SPECS / "minimal.yaml"), "--out", str(tmp_path / "out"), "--no-cache"])
    err = capsys.readouterr().err
    assert code == 2 and "takes longer than 0.5 s" in err, err
    assert time.monotonic() - started < 20
    assert not (tmp_path / "out").exists()
    assert not [p for p in _children(os.getpid()) if _alive(p)], "the worker was left running"


def test_validation_past_its_memory_bound_is_stopped(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 8 GiB: beyond the worker's bound, though the machine would grant it (it is never written)
    monkeypatch.setattr(loader, "validate", lambda document, text: [] if bytearray(8 * 1024**3) else [])
    code = main(["--spec", str(SPECS / "minimal.yaml"), "--out", str(tmp_path / "out"), "--no-cache"])
    err = capsys.readouterr().err
    assert code == 2 and "needs more than 2 GiB of memory" in err, err
    assert not (tmp_path / "out").exists()


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def test_the_worker_dies_with_its_parent(tmp_path: Path) -> None:
    """The parent is killed with SIGKILL (no cleanup runs) while its worker validates."""
    script = textwrap.dedent(
        f"""
        import sys, time
        from generator import loader
        from generator.overlay import load_overlay
        from generator.source import read_spec
        loader.validate = lambda document, text: time.sleep(60) or []
        validation = loader.Validation(read_spec({str(SPECS / "minimal.yaml")!r}), load_overlay(), None)
        print("started", flush=True)
        time.sleep(60)
        """
    )
    parent = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout is not None and parent.stdout.readline().strip() == "started"
        deadline = time.monotonic() + 30
        while not _children(parent.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        workers = _children(parent.pid)
        assert workers, "no worker started"
    finally:
        parent.kill()
        parent.wait()
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [w for w in workers if _alive(w)]
    for pid in left:  # leave nothing behind, whatever the outcome
        os.kill(pid, signal.SIGKILL)
    assert not left, "the worker outlived its parent"


def test_the_engine_api_still_validates_within_the_bounds(tmp_path: Path) -> None:
    assert main(["--spec", str(spec_path("engine-api-v1.44.yaml")), "--out", str(tmp_path / "out"), "--no-cache"]) == 0
