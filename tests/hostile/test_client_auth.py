"""Issue 10, item 10: one slow credential helper does not block other registries."""

from __future__ import annotations

import os
import stat
import sys
import threading
import time
from pathlib import Path

import pytest

from docker_engine._runtime.auth import DockerConfig

HELPER = """#!{python}
import json, os, sys, time
server = sys.stdin.read().strip()
with open(os.environ["HELPER_LOG"], "a") as log:
    log.write(server + "\\n")
time.sleep({delay})
print(json.dumps({{"Username": "u", "Secret": "pw-" + server}}))
"""


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DockerConfig:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, delay in (("slow", 3.0), ("fast", 0.0)):
        script = bin_dir / f"docker-credential-{name}"
        script.write_text(HELPER.format(python=sys.executable, delay=delay))
        script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.setenv("HELPER_LOG", str(tmp_path / "log"))
    return DockerConfig(
        {"credHelpers": {"slow.example": "slow", "fast.example": "fast"}}
    )


def test_slow_helper_does_not_block_other_registries(
    config: DockerConfig, tmp_path: Path
) -> None:
    results: list[object] = []
    slow = [
        threading.Thread(target=lambda: results.append(config.get_auth("slow.example")))
        for _ in range(2)
    ]
    for thread in slow:
        thread.start()
    time.sleep(0.5)  # the slow helper is running now
    started = time.monotonic()
    fast = config.get_auth("fast.example")
    elapsed = time.monotonic() - started
    assert fast is not None and fast.password == "pw-fast.example"
    assert elapsed < 2.0, f"blocked {elapsed:.1f} s behind the slow helper"
    for thread in slow:
        thread.join()
    # the two callers of the slow registry shared one helper run
    log = (tmp_path / "log").read_text().split()
    assert log.count("slow.example") == 1
    assert all(r is not None and r.password == "pw-slow.example" for r in results)  # type: ignore[union-attr]
