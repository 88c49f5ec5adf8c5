"""Per-call client time against a fake daemon on a unix socket.

    .venv/bin/python bench/per_call.py [--runs N] [--quick]

Calls: ``image_inspect`` (a ~20 KB document) and ``image_list`` (1,000 images,
~430 KB), each answered by ``fake_daemon.py`` in another process (pre-rendered,
keep-alive). Clients, each in its own process with one kept-alive connection:
docker_engine (``DockerClient().image.image_inspect / image_list``, typed models),
docker-py (``APIClient.inspect_image / images``, dicts) and raw ``http.client``
over the socket + ``json.loads``; and, for reference, docker_engine on httpx2's own
unix transport (what it used before ``UnixSocketTransport``). Batches run round-robin across the clients, so a
busy machine slows all of them alike; the table shows the median over the runs of
the mean per call: wall time, and CPU time of the client process (user + sys: the
client's own cost, whatever else the machine is doing).
"""

from __future__ import annotations

import argparse
import json
import sys

from _common import (
    PROJECT_PY,
    Worker,
    ensure_peer_env,
    fake_daemon,
    machine,
    median,
    table,
    verdict,
)

OPS = {"inspect": (1000, 100), "list": (60, 6)}  # calls per batch, warmup calls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--quick", action="store_true", help="5 runs of smaller batches"
    )
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    peer_py = ensure_peer_env()
    runs = 5 if args.quick else args.runs
    scale = 0.4 if args.quick else 1.0
    print(machine())
    results: dict[str, dict[str, dict[str, list[float]]]] = {}
    with fake_daemon() as sock:
        workers = [
            Worker(PROJECT_PY, "docker_engine", sock, "app:latest"),
            Worker(peer_py, "docker_py", sock, "app:latest"),
            Worker(PROJECT_PY, "http_client", sock, "app:latest"),
            Worker(PROJECT_PY, "docker_engine_httpx2", sock, "app:latest"),
        ]
        try:
            for run in range(runs):
                for op, (calls, warmup) in OPS.items():
                    for worker in workers:
                        r = worker.batch(
                            op, max(1, int(calls * scale)), warmup if run == 0 else 2
                        )
                        slot = results.setdefault(op, {}).setdefault(
                            worker.client, {"wall": [], "cpu": []}
                        )
                        slot["wall"].append(r["wall"])
                        slot["cpu"].append(r["cpu"])
                print(f"run {run + 1}/{runs} done", file=sys.stderr, flush=True)
        finally:
            for worker in workers:
                worker.close()

    rows = []
    summary: dict[str, dict[str, float]] = {}
    ok = True
    for op, per_client in results.items():
        med = {
            c: {k: median(v) * 1e6 for k, v in m.items()} for c, m in per_client.items()
        }
        ours = med["docker_engine"]
        for kind in ("cpu", "wall"):
            vs_py = ours[kind] / med["docker_py"][kind]
            vs_raw = ours[kind] / med["http_client"][kind]
            rows.append(
                [
                    f"{op} ({kind})",
                    f"{ours[kind]:.0f}",
                    f"{med['docker_py'][kind]:.0f}",
                    f"{med['http_client'][kind]:.0f}",
                    f"{vs_py:.2f}",
                    f"{vs_raw:.2f}",
                    f"{med['docker_engine_httpx2'][kind]:.0f}",
                ]
            )
            summary[f"{op}_{kind}"] = {
                "docker_engine_us": ours[kind],
                "docker_py_us": med["docker_py"][kind],
                "http_client_us": med["http_client"][kind],
                "docker_engine_httpx2_us": med["docker_engine_httpx2"][kind],
                "vs_docker_py": vs_py,
                "vs_http_client": vs_raw,
            }
            if kind == "cpu":
                ok = ok and vs_py <= 0.6 and vs_raw <= 2.5
    print(
        f"\nper call, µs, median of {runs} runs (batches of {', '.join(f'{c} {o}' for o, (c, _) in OPS.items())}"
        f"{' x0.4' if args.quick else ''})"
    )
    print(
        table(
            [
                "call",
                "docker_engine",
                "docker-py",
                "http.client",
                "÷ docker-py",
                "÷ http.client",
                "docker_engine on httpx2.HTTPTransport",
            ],
            rows,
        )
    )
    print(
        f"goal (client CPU time ≤ 0.6× docker-py and ≤ 2.5× http.client): {verdict(ok)}"
    )
    if args.json:
        with open(args.json, "w") as f:
            json.dump(summary, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
