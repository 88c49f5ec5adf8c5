"""Streaming throughput and peak memory: image export and image load.

    .venv/bin/python bench/streams.py [--size MiB] [--runs N] [--quick]

Against ``fake_daemon.py`` on a unix socket, each transfer in a fresh process:

* export: ``image_get(...).write_to(path)`` (a chunked tar of ``--size`` MiB, 32 KiB
  chunks like the daemon's copy buffer; the client follows the tar structure);
* load: ``image_load(images_tarball=path).wait()`` of a ``--size`` MiB file
  (sent chunked, read in 64 KiB pieces);
* peer: a raw socket doing the same (buffered reads de-chunked into the file;
  64 KiB chunked writes from the file);
* for reference, docker_engine on httpx2's own unix transport (what it used before
  ``UnixSocketTransport``).

Files live in /dev/shm (memory) when it exists, so the disk does not set the pace.
MiB/s and peak RSS (``ru_maxrss`` of the client process) are medians of the runs;
the last column is docker_engine's peak RSS for a 16x smaller transfer, to show
that memory does not grow with the size.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile

from _common import (
    BENCH,
    PROJECT_PY,
    bench_env,
    fake_daemon,
    machine,
    median,
    run_measured,
    table,
    verdict,
)

MiB = 1024 * 1024


def transfer(client: str, op: str, sock: str, path: str) -> dict[str, float]:
    m = run_measured(
        [PROJECT_PY, BENCH / "_stream_worker.py", client, op, sock, path],
        env=bench_env(),
    )
    result: dict[str, float] = json.loads(m.stdout.strip().splitlines()[-1])
    return result


def make_file(path: str, size: int) -> None:
    block = bytes(range(256)) * 4096  # 1 MiB
    with open(path, "wb") as f:
        for _ in range(size // MiB):
            f.write(block)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--size", type=int, default=1024, help="MiB per transfer (default 1024)"
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="256 MiB transfers")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    size = (256 if args.quick else args.size) * MiB
    small = max(size // 16, 2 * MiB)
    folder = "/dev/shm" if os.path.isdir("/dev/shm") else None
    print(machine())
    results: dict[tuple[str, str], dict[str, list[float]]] = {}
    small_rss: dict[str, list[float]] = {"export": [], "load": []}
    with tempfile.TemporaryDirectory(prefix="bench-streams-", dir=folder) as tmp:
        upload, upload_small = os.path.join(tmp, "upload.tar"), os.path.join(
            tmp, "small.tar"
        )
        make_file(upload, size)
        make_file(upload_small, small)
        with (
            fake_daemon("--export-bytes", str(size)) as sock,
            fake_daemon("--export-bytes", str(small)) as sock_small,
        ):
            for run in range(args.runs):
                for op in ("export", "load"):
                    for client in ("docker_engine", "raw", "docker_engine_httpx2"):
                        target = (
                            os.path.join(tmp, "export.tar")
                            if op == "export"
                            else upload
                        )
                        r = transfer(client, op, sock, target)
                        if r["bytes"] != size:
                            raise RuntimeError(
                                f"{client} {op}: moved {r['bytes']} bytes, expected {size}"
                            )
                        slot = results.setdefault((op, client), {"mibs": [], "rss": []})
                        slot["mibs"].append(r["bytes"] / MiB / r["seconds"])
                        slot["rss"].append(r["rss_mb"])
                    target = (
                        os.path.join(tmp, "export.tar")
                        if op == "export"
                        else upload_small
                    )
                    small_rss[op].append(
                        transfer("docker_engine", op, sock_small, target)["rss_mb"]
                    )
                print(f"run {run + 1}/{args.runs} done", file=sys.stderr, flush=True)
    rows = []
    ok = True
    summary = {}
    for op in ("export", "load"):
        ours = {k: median(v) for k, v in results[(op, "docker_engine")].items()}
        raw = {k: median(v) for k, v in results[(op, "raw")].items()}
        ratio = ours["mibs"] / raw["mibs"]
        ok = ok and ratio >= 0.5 and ours["rss"] < 60 and median(small_rss[op]) < 60
        before = {
            k: median(v) for k, v in results[(op, "docker_engine_httpx2")].items()
        }
        rows.append(
            [
                op,
                f"{ours['mibs']:.0f}",
                f"{raw['mibs']:.0f}",
                f"{ratio:.2f}",
                f"{ours['rss']:.1f}",
                f"{raw['rss']:.1f}",
                f"{median(small_rss[op]):.1f}",
                f"{before['mibs']:.0f} / {before['rss']:.1f}",
            ]
        )
        summary[op] = {
            "docker_engine_mibs": ours["mibs"],
            "raw_mibs": raw["mibs"],
            "ratio": ratio,
            "docker_engine_rss_mb": ours["rss"],
            "raw_rss_mb": raw["rss"],
            "docker_engine_rss_small_mb": median(small_rss[op]),
            "httpx2_transport_mibs": before["mibs"],
            "httpx2_transport_rss_mb": before["rss"],
        }
    print(
        f"\n{size // MiB} MiB per transfer, median of {args.runs} runs"
        f" (files in {folder or tempfile.gettempdir()})"
    )
    print(
        table(
            [
                "",
                "docker_engine MiB/s",
                "raw socket MiB/s",
                "÷ raw",
                "docker_engine peak RSS MB",
                "raw peak RSS MB",
                f"docker_engine peak RSS MB at {small // MiB} MiB",
                "on httpx2.HTTPTransport MiB/s / RSS MB",
            ],
            rows,
        )
    )
    print(f"goal (≥ 0.5× raw throughput, peak RSS < 60 MB at any size): {verdict(ok)}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(summary, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
