"""The other Docker Engines: ``../shared/tools/engines/start-engine`` starts Debian's Engine of a suite beside
the machine's own, touching nothing of it (see the README there).

* ``SUITES``: Engine major.minor → Debian suite whose ``docker.io`` package is that Engine.
* ``SWARM_SUITES``: Engine major.minor → suite of the Engine the swarm scenarios are recorded from. Never the
  machine's Engine (other tests run against it, and a swarm would change what they see): for 20.10 a second
  Engine 20.10, Debian bookworm's, the same package version as the machine's.
* ``running_engine(version)`` / ``running_suite(suite) -> Iterator[str]``: context managers yielding the unix
  socket path of that Engine, started in ``$TMPDIR/codegen-engine-SUITE`` (the package is downloaded there
  once); an Engine that was already running there is reused and left running, one started here is stopped
  on exit.
* ``restart_suite(suite) -> str``: stop that Engine and start it again on the same folder (its swarm state
  persists: an autolocked manager comes back locked); returns its socket path.
* ``cannot_start_engines() -> str | None``: why no Engine can be started here (not root, no start-engine).
"""

from __future__ import annotations

import contextlib
import os
import pathlib
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator

START_ENGINE = pathlib.Path(__file__).resolve().parents[2].parent / "shared" / "tools" / "engines" / "start-engine"
SUITES = {"26.1": "trixie", "28.5": "sid"}
SWARM_SUITES = {"20.10": "bookworm", "28.5": "sid"}


def _folder(suite: str) -> pathlib.Path:
    return pathlib.Path(tempfile.gettempdir()) / f"codegen-engine-{suite}"


def _running_pid(folder: pathlib.Path) -> int | None:
    try:
        pid = int((folder / "dockerd.pid").read_text().strip())
        os.kill(pid, 0)
    except (OSError, ValueError):
        return None
    return pid


def cannot_start_engines() -> str | None:
    if not START_ENGINE.is_file():
        return f"{START_ENGINE} is not here: it comes with ../shared/tools/engines/"
    if os.geteuid() != 0:
        return "start-engine runs a dockerd, which needs root"
    return None


def _start(suite: str) -> str:
    reason = cannot_start_engines()
    if reason:
        raise RuntimeError(reason)
    started = subprocess.run(["bash", str(START_ENGINE), suite, str(_folder(suite))], capture_output=True, text=True, timeout=600)
    if started.returncode != 0:
        raise RuntimeError(f"start-engine {suite} failed: {started.stderr.strip()}")
    return started.stdout.strip().rsplit("unix://", 1)[-1]


def _stop(folder: pathlib.Path) -> None:
    pid = _running_pid(folder)
    if pid is None:
        return
    os.kill(pid, signal.SIGTERM)  # dockerd stops the containerd it started
    for _ in range(150):
        if _running_pid(folder) is None:
            return
        time.sleep(0.2)
    raise RuntimeError(f"the dockerd of {folder} (pid {pid}) did not stop within 30 s")


@contextlib.contextmanager
def running_engine(version: str) -> Iterator[str]:
    if version not in SUITES:
        raise RuntimeError(f"no Debian suite is known to hold Engine {version} (known: {', '.join(SUITES)})")
    with running_suite(SUITES[version]) as socket_path:
        yield socket_path


@contextlib.contextmanager
def running_suite(suite: str) -> Iterator[str]:
    folder = _folder(suite)
    reused = _running_pid(folder) is not None
    socket_path = _start(suite)
    try:
        yield socket_path
    finally:
        if not reused:
            _stop(folder)


def restart_suite(suite: str) -> str:
    _stop(_folder(suite))
    return _start(suite)
