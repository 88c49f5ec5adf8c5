"""The same call mix on the real Engine, docker_engine against docker-py.

    .venv/bin/python bench/live_mix.py [--rounds N] [--runs N] [--quick]

A round is ``image_list()``, ``image_inspect(busybox)``, ``image_history(busybox)``
(docker-py: ``images()``, ``inspect_image``, ``history``) against the Engine at
``DOCKER_HOST`` or /var/run/docker.sock, with the test image
``codegen-test/busybox:latest`` (``tests/support/images.py::ensure_busybox``).
Each client runs in its own process with one kept-alive connection; batches
alternate between the clients; medians over the runs of the mean per round, wall
time and the client's CPU time. The daemon's own time is in the wall figure (and
is the larger part of it).
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from _common import PROJECT_PY, ROOT, Worker, ensure_peer_env, machine, median, table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=200, help="rounds per batch")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="5 runs of 60 rounds")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    runs, rounds = (5, 60) if args.quick else (args.runs, args.rounds)
    host = os.environ.get("DOCKER_HOST", "unix:///var/run/docker.sock")
    if not host.startswith("unix://"):
        print(
            f"live_mix needs a unix socket DOCKER_HOST, got {host!r}", file=sys.stderr
        )
        return 2
    sock = host[len("unix://") :]
    if not os.path.exists(sock):
        print(f"no Docker Engine at {sock}: nothing to measure", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    from tests.support.images import BUSYBOX_IMAGE, ensure_busybox

    ensure_busybox(sock)
    peer_py = ensure_peer_env()
    print(machine())
    workers = [
        Worker(PROJECT_PY, "docker_engine", sock, BUSYBOX_IMAGE),
        Worker(peer_py, "docker_py", sock, BUSYBOX_IMAGE),
    ]
    samples: dict[str, dict[str, list[float]]] = {
        w.client: {"wall": [], "cpu": []} for w in workers
    }
    try:
        for run in range(runs):
            for worker in workers:
                r = worker.batch("mix", rounds, 20 if run == 0 else 2)
                samples[worker.client]["wall"].append(r["wall"])
                samples[worker.client]["cpu"].append(r["cpu"])
            print(f"run {run + 1}/{runs} done", file=sys.stderr, flush=True)
    finally:
        for worker in workers:
            worker.close()
    med = {c: {k: median(v) * 1e3 for k, v in s.items()} for c, s in samples.items()}
    ours, peer = med["docker_engine"], med["docker_py"]
    rows = [
        [
            kind,
            f"{ours[kind]:.2f}",
            f"{peer[kind]:.2f}",
            f"{ours[kind] / peer[kind]:.2f}",
        ]
        for kind in ("wall", "cpu")
    ]
    print(
        f"\nlive Engine, ms per round (list + inspect + history), median of {runs} runs of {rounds} rounds"
    )
    print(table(["", "docker_engine", "docker-py", "÷ docker-py"], rows))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(med, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
