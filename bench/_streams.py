"""Streaming throughput and peak memory: the ``streams`` group of run.py.

Against ``fake_daemon.py``, each transfer in a fresh process (``_stream_worker.py``),
docker_engine and its raw peer alternating (the order rotates from round to round):

* export: ``image_get(...).write_to(path)`` of a chunked tar (32 KiB chunks, like
  the daemon's copy buffer), against a raw de-chunker over the socket (buffered
  reads, data written to the file as it comes);
* load: ``image_load(images_tarball=path).wait()`` of a file, against a raw sender
  of the same 64 KiB chunked frames that writes each frame's header and data
  separately (no copy of the data).

Files live in /dev/shm (memory) when it exists, so the disk does not set the pace.
A sample is one transfer's MiB/s; peak RSS is the client process's ``ru_maxrss``.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable

from _common import BENCH, PROJECT_PY, bench_env, fake_daemon, run_measured
from _results import Row

MiB = 1024 * 1024
CONTENDERS = ("docker_engine", "raw")
RSS_LIMIT_MB = 60


def _transfer(
    client: str, op: str, sock: str, path: str, size: int
) -> dict[str, float]:
    m = run_measured(
        [PROJECT_PY, BENCH / "_stream_worker.py", client, op, sock, path],
        env=bench_env(),
    )
    result: dict[str, float] = json.loads(m.stdout.strip().splitlines()[-1])
    if result["bytes"] != size:
        raise RuntimeError(
            f"{client} {op}: moved {result['bytes']} bytes, expected {size}"
        )
    return result


def _make_file(path: str, size: int) -> None:
    block = bytes(range(256)) * 4096  # 1 MiB
    with open(path, "wb") as f:
        for _ in range(size // MiB):
            f.write(block)


def measure(size_mib: int, rounds: int, progress: Callable[[str], None]) -> list[Row]:
    size = size_mib * MiB
    folder = "/dev/shm" if os.path.isdir("/dev/shm") else None
    mibs: dict[tuple[str, str], list[float]] = {}
    rss: dict[tuple[str, str], list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-streams-", dir=folder) as tmp:
        upload, download = os.path.join(tmp, "upload.tar"), os.path.join(
            tmp, "export.tar"
        )
        _make_file(upload, size)
        with fake_daemon("--export-bytes", str(size)) as sock:
            for n in range(rounds):
                for op, path in (("export", download), ("load", upload)):
                    shift = n % len(CONTENDERS)
                    for client in CONTENDERS[shift:] + CONTENDERS[:shift]:
                        r = _transfer(client, op, sock, path, size)
                        mibs.setdefault((op, client), []).append(
                            size / MiB / r["seconds"]
                        )
                        rss.setdefault((op, client), []).append(r["rss_mb"])
                        if op == "export":
                            # each export starts without the file: one writing over
                            # the previous export would find it (truncating it frees
                            # 1 GiB of warm pages just before reusing them; a rename
                            # over it needs 1 GiB more while it lasts)
                            os.unlink(download)
                progress(f"streams: round {n + 1}/{rounds}")
    label = f"{size_mib // 1024} GiB" if size_mib % 1024 == 0 else f"{size_mib} MiB"

    def row(op: str, what: str, peer: str, rss_limit: bool) -> Row:
        result: Row = {
            "key": op,
            "what": what,
            "group": "streams",
            "unit": "MiB/s",
            "higher_is_better": True,
            "ours": {"name": "docker_engine", "samples": mibs[(op, "docker_engine")]},
            "peer": {"name": peer, "samples": mibs[(op, "raw")]},
            "goal": {"on": "ratio", "op": ">=", "limit": 0.8},
            "rss": {"ours": rss[(op, "docker_engine")], "peer": rss[(op, "raw")]},
        }
        if rss_limit:
            result["rss"]["limit_mb"] = RSS_LIMIT_MB
        return result

    return [
        row(
            "load",
            f"load {label} from a file",
            "raw sender (header and data written separately)",
            rss_limit=False,
        ),
        row(
            "export",
            f"export {label} → `write_to`",
            "raw de-chunker",
            rss_limit=True,
        ),
    ]
