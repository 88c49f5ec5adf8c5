"""Where async ``image_list`` of 1,000 images spends its time, ours beside aiodocker.

    .venv/bin/python bench/list_floor.py [--rounds N]

One worker process per client (``_per_call_worker.py``), against one fake daemon,
interleaved round by round: the whole call (``list``), and in the same process
only what the client does to turn the 434 KB body into its result and free it
(``decode_list``: 1,000 validated ``ImageSummary`` models through
``decode_json``, the collector paused as in a call; aiohttp's ``json.loads`` into
dicts). The rest of the call is the difference. The floor row asks what the
client would cost with its decoding as it is and the rest of its call as cheap as
aiodocker's, and with no rest at all. Client CPU per call (user + sys), medians
and min–max over the rounds.
"""

from __future__ import annotations

import argparse
import statistics
import sys

from _calls import IMAGE
from _common import PROJECT_PY, Worker, ensure_peer_env, fake_daemon

CALLS, DECODES = 150, 300


def _fmt(values: list[float]) -> str:
    return f"{statistics.median(values):,.0f} µs ({min(values):,.0f}–{max(values):,.0f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=9)
    rounds = parser.parse_args().rounds
    peer_py = ensure_peer_env()
    clients = {"docker_engine async": PROJECT_PY, "aiodocker": peer_py}
    names = {"docker_engine async": "docker_engine_async", "aiodocker": "aiodocker"}
    call: dict[str, list[float]] = {name: [] for name in clients}
    decode: dict[str, list[float]] = {name: [] for name in clients}
    with fake_daemon("--images", "1000") as sock:
        workers = {n: Worker(py, names[n], sock, IMAGE) for n, py in clients.items()}
        try:
            for worker in workers.values():
                worker.batch("list", CALLS, CALLS // 3)
                worker.batch("decode_list", DECODES, DECODES // 3)
            for n in range(rounds):
                order = list(workers) if n % 2 == 0 else list(reversed(workers))
                for name in order:
                    worker = workers[name]
                    call[name].append(worker.batch("list", CALLS, 2)["cpu"] * 1e6)
                    decode[name].append(
                        worker.batch("decode_list", DECODES, 2)["cpu"] * 1e6
                    )
                print(f"round {n + 1}/{rounds}", file=sys.stderr, flush=True)
        finally:
            for worker in workers.values():
                worker.close()
    rest = {
        name: [c - d for c, d in zip(call[name], decode[name])] for name in clients
    }
    print("| client | whole call | decoding (build and free) | rest of the call |")
    print("|---|---|---|---|")
    for name in clients:
        print(f"| {name} | {_fmt(call[name])} | {_fmt(decode[name])} | {_fmt(rest[name])} |")
    ours, peer = "docker_engine async", "aiodocker"
    ratio = [a / b for a, b in zip(call[ours], call[peer])]
    as_peer = [(d + r) / c for d, r, c in zip(decode[ours], rest[peer], call[peer])]
    bare = [d / c for d, c in zip(decode[ours], call[peer])]

    def _ratio(values: list[float]) -> str:
        return f"{statistics.median(values):.2f}× ({min(values):.2f}–{max(values):.2f})"

    print()
    print(f"- measured, ours ÷ aiodocker: {_ratio(ratio)}")
    print(f"- our decoding with aiodocker's rest of the call: {_ratio(as_peer)}")
    print(f"- our decoding alone, no rest at all: {_ratio(bare)}")


if __name__ == "__main__":
    main()
