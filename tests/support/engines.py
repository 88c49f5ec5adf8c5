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
* ``socket_if_running(version)``: the socket of that Engine when it already runs there (started by ``.ci/run``,
  by a recording or by hand), else None; starts nothing.
* ``cannot_start_engines()``: why ``start-engine`` cannot run here (not root, not present), or None.
* ``python -m tests.support.engines start|stop VERSION…``: what ``.ci/run`` does around the tests; ``start`` says
  for each Engine whether it was started, already running, or why it cannot be, and never fails.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import pathlib
import signal
import subprocess
import sys
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


def socket_if_running(version: str) -> str | None:
    folder = _folder(SUITES[version])
    socket_path = folder / "docker.sock"
    return str(socket_path) if _running_pid(folder) is not None and socket_path.is_socket() else None


def cannot_start_engines() -> str | None:
    if not START_ENGINE.is_file():
        return f"{START_ENGINE} is not here: it comes with ../shared/tools/engines/"
    if os.geteuid() != 0:
        return "start-engine needs root (its dockerd and containerd)"
    return None


def _bridge(suite: str) -> str:
    """The bridge start-engine gives an Engine of that suite (its own rule: eng- and the suite's
    first 11 lowercase letters and digits)."""
    return "eng-" + "".join(c for c in suite if c.isascii() and (c.islower() or c.isdigit()))[:11]


def running_elsewhere(suite: str, folder: pathlib.Path, proc: pathlib.Path = pathlib.Path("/proc")) -> str | None:
    """The --host of a dockerd on that suite's bridge that runs from another folder than ``folder``
    (another $TMPDIR): a second one would take over the bridge of the first."""
    wanted = ["--bridge", _bridge(suite)]
    for cmdline in proc.glob("[0-9]*/cmdline"):
        try:
            argv = cmdline.read_bytes().decode(errors="replace").split("\0")
        except OSError:
            continue
        pairs = list(zip(argv, argv[1:]))
        if not argv[0].endswith("dockerd") or tuple(wanted) not in pairs:
            continue
        host = dict(pairs).get("--host", "?")
        if f"{folder}/" not in host:
            return host
    return None


def _start(suite: str) -> str:
    """Run start-engine for that suite (it reuses one running in its folder); its socket path."""
    reason = cannot_start_engines()
    if reason:
        raise RuntimeError(reason)
    elsewhere = running_elsewhere(suite, _folder(suite))
    if elsewhere:
        raise RuntimeError(f"an Engine of {suite} already runs at {elsewhere} (another $TMPDIR), on the bridge {_bridge(suite)} a second one would take over")
    started = subprocess.run(["bash", str(START_ENGINE), suite, str(_folder(suite))], capture_output=True, text=True, timeout=600)
    if started.returncode != 0:
        raise RuntimeError(f"start-engine {suite} failed: {started.stderr.strip()[-800:]}")
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


def _start_command(versions: list[str], started_list: pathlib.Path) -> int:
    """Start each Engine not running yet; list those started here in ``started_list`` (for ``stop``)."""
    started = []
    for version in versions:
        running = socket_if_running(version)
        if running:
            print(f"Engine {version}: already running at {running}: the live tests use it")
            continue
        try:
            socket_path = _start(SUITES[version])
        except (RuntimeError, OSError, subprocess.TimeoutExpired) as failure:
            print(f"Engine {version}: NOT STARTED, its live tests skip: {failure}")
            continue
        started.append(version)
        print(f"Engine {version}: started at {socket_path} for this run")
    started_list.parent.mkdir(parents=True, exist_ok=True)
    started_list.write_text("".join(f"{version}\n" for version in started), encoding="utf-8")
    return 0


def _stop_command(started_list: pathlib.Path) -> int:
    """Stop the Engines that ``start`` started (those it found running stay)."""
    versions = started_list.read_text(encoding="utf-8").split() if started_list.is_file() else []
    for version in versions:
        _stop(_folder(SUITES[version]))
        print(f"Engine {version}: stopped")
    started_list.unlink(missing_ok=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.support.engines", description="start or stop the extra Engines around a test run")
    parser.add_argument("action", choices=["start", "stop"])
    parser.add_argument("versions", nargs="*", default=list(SUITES), metavar="VERSION", help=f"of {', '.join(SUITES)} (default: all)")
    parser.add_argument("--started-list", type=pathlib.Path, required=True, help="file naming the Engines started by `start`, read by `stop`")
    args = parser.parse_args(argv)
    unknown = set(args.versions) - set(SUITES)
    if unknown:
        parser.error(f"unknown Engine {', '.join(sorted(unknown))} (known: {', '.join(SUITES)})")
    return _start_command(args.versions, args.started_list) if args.action == "start" else _stop_command(args.started_list)


if __name__ == "__main__":
    sys.exit(main())
