"""The other Docker Engines: ``../shared/tools/engines/start-engine`` starts Debian's Engine of a suite beside
the machine's own, touching nothing of it (see the README there).

* ``SUITES``: Engine major.minor → Debian suite whose ``docker.io`` package is that Engine.
* ``running_engine(version) -> Iterator[str]``: context manager yielding the unix socket path of that Engine,
  started in ``$TMPDIR/codegen-engine-SUITE`` (the package is downloaded there once); an Engine that was
  already running there is reused and left running, one started here is stopped on exit.
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


def _running_pid(folder: pathlib.Path) -> int | None:
    try:
        pid = int((folder / "dockerd.pid").read_text().strip())
        os.kill(pid, 0)
    except (OSError, ValueError):
        return None
    return pid


@contextlib.contextmanager
def running_engine(version: str) -> Iterator[str]:
    if version not in SUITES:
        raise RuntimeError(f"no Debian suite is known to hold Engine {version} (known: {', '.join(SUITES)})")
    if not START_ENGINE.is_file():
        raise RuntimeError(f"{START_ENGINE} is not here: it comes with ../shared/tools/engines/")
    folder = pathlib.Path(tempfile.gettempdir()) / f"codegen-engine-{SUITES[version]}"
    reused = _running_pid(folder) is not None
    started = subprocess.run(["bash", str(START_ENGINE), SUITES[version], str(folder)], capture_output=True, text=True, timeout=600)
    if started.returncode != 0:
        raise RuntimeError(f"start-engine {SUITES[version]} failed: {started.stderr.strip()}")
    socket_path = started.stdout.strip().rsplit("unix://", 1)[-1]
    try:
        yield socket_path
    finally:
        pid = _running_pid(folder)
        if not reused and pid is not None:
            os.kill(pid, signal.SIGTERM)  # dockerd stops the containerd it started
            for _ in range(150):
                if _running_pid(folder) is None:
                    break
                time.sleep(0.2)
