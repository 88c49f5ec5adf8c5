"""Shared helpers of the benchmark scripts: interpreters, timing, fake daemon, tables.

Two interpreters take part: the project's ``.venv`` (docker_engine, the generator) and
``bench/.venv`` (the peers: docker-py, openapi-generator-cli, psutil), made from the
same base Python on first use from ``bench/requirements-peers.txt``.
"""

from __future__ import annotations

import contextlib
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
SPEC = (ROOT.parent / "shared" / "specs" / "engine-api-v1.44.yaml").resolve()
PROJECT_PY = ROOT / ".venv" / "bin" / "python"
PEER_VENV = BENCH / ".venv"
PEER_PY = PEER_VENV / "bin" / "python"


def ensure_peer_env() -> Path:
    """``bench/.venv`` with the peers installed (created on first use)."""
    marker = PEER_VENV / ".installed"
    requirements = BENCH / "requirements-peers.txt"
    if marker.exists() and marker.read_text() == requirements.read_text():
        return PEER_PY
    base = _base_python()
    if not PEER_PY.exists():
        print(f"creating {PEER_VENV} (peers) ...", file=sys.stderr, flush=True)
        subprocess.run([base, "-m", "venv", str(PEER_VENV)], check=True)
    subprocess.run(
        [
            str(PEER_PY),
            "-m",
            "pip",
            "install",
            "-q",
            "--disable-pip-version-check",
            "-r",
            str(requirements),
        ],
        check=True,
    )
    marker.write_text(requirements.read_text())
    return PEER_PY


def _base_python() -> str:
    cfg = ROOT / ".venv" / "pyvenv.cfg"
    for line in cfg.read_text().splitlines():
        key, _, value = line.partition("=")
        if key.strip() == "executable":
            return value.strip()
    return sys.executable


@dataclass
class Measured:
    wall: float  # seconds
    cpu: float  # user + sys seconds, the process and its waited-for children
    maxrss_mb: float  # peak RSS of the process or its largest descendant
    returncode: int
    stdout: str
    stderr: str


def run_measured(
    cmd: Sequence[str | os.PathLike[str]],
    *,
    env: dict[str, str] | None = None,
    cwd: str | os.PathLike[str] | None = None,
    check: bool = True,
) -> Measured:
    """Run ``cmd``; wall time, CPU time and peak RSS from ``wait4``."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [str(c) for c in cmd], stdout=out, stderr=err, env=env, cwd=cwd
        )
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        result = Measured(
            wall,
            usage.ru_utime + usage.ru_stime,
            usage.ru_maxrss / 1024,
            proc.returncode,
            out.read().decode(errors="replace"),
            err.read().decode(errors="replace"),
        )
    if check and result.returncode != 0:
        raise RuntimeError(
            f"{' '.join(map(str, cmd))} exited {result.returncode}:\n{result.stdout}\n{result.stderr}"
        )
    return result


PYCACHE = PEER_VENV / "pycache"


def bench_env(pythonpath: str | None = None, **extra: str) -> dict[str, str]:
    """The environment for measured processes: bytecode caching on, in one cache
    folder for every interpreter and package (``PYTHONDONTWRITEBYTECODE`` would make
    a package without .pyc files compile itself at every import, while pip
    compiles installed packages: unfair to the package run from ``generated/``)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE")
    }
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    env.update(extra)
    return env


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def self_maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@contextlib.contextmanager
def fake_daemon(*args: str) -> Iterator[str]:
    """A fake daemon in another process (the peers' interpreter); yields its socket path."""
    folder = tempfile.mkdtemp(prefix="bench-daemon-")
    sock = os.path.join(folder, "docker.sock")
    proc = subprocess.Popen(
        [sys.executable, str(BENCH / "fake_daemon.py"), sock, *args],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        if proc.stdout.readline().strip() != "ready":
            raise RuntimeError("the fake daemon did not start")
        yield sock
    finally:
        proc.terminate()
        proc.wait()
        with contextlib.suppress(OSError):
            os.unlink(sock)
        with contextlib.suppress(OSError):
            os.rmdir(folder)


def machine() -> str:
    cpu = "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    load = os.getloadavg()[0]
    return (
        f"{os.cpu_count()} CPUs ({cpu}), Python {platform.python_version()},"
        f" load average {load:.2f} at start"
    )


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = [[str(c) for c in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(cells[0], widths)) + " |",
        "|" + "|".join("-" * (w + 2) for w in widths) + "|",
    ]
    lines += [
        "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |"
        for row in cells[1:]
    ]
    return "\n".join(lines)


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


class Worker:
    """A ``_per_call_worker.py`` process: one client, driven batch by batch."""

    def __init__(self, python: Path, client: str, sock: str, *extra: str) -> None:
        self.client = client
        self.proc = subprocess.Popen(
            [str(python), str(BENCH / "_per_call_worker.py"), client, sock, *extra],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=str(BENCH),
        )
        self._expect("ready")

    def _expect(self, key: str) -> dict[str, float]:
        import json

        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"worker {self.client} died (exit {self.proc.wait()})")
        data: dict[str, float] = json.loads(line)
        if key not in data:
            raise RuntimeError(f"worker {self.client}: unexpected {line!r}")
        return data

    def batch(self, op: str, calls: int, warmup: int) -> dict[str, float]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{op} {calls} {warmup}\n")
        self.proc.stdin.flush()
        return self._expect("wall")

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)
