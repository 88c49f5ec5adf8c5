"""Per-call client CPU against fake daemons: the ``calls`` group of run.py.

Contenders, each in its own long-lived process (``_per_call_worker.py``) with one
kept-alive connection, all returning decoded results:

* docker_engine ``DockerClient().image.image_inspect / image_list`` (typed models)
  and ``AsyncDockerClient`` (the same, awaited);
* docker-py ``APIClient.inspect_image / images`` and aiodocker
  ``Docker().images.inspect / list`` (dicts);
* raw ``http.client`` over the socket + ``json.loads`` (inspect only).

Calls: ``image_inspect`` of a ~20 KB document and ``image_list`` of 10, 100, 1,000
and 10,000 images, each size from its own ``fake_daemon.py``. A round runs one
batch per contender and call, the contenders alternating (their order rotates
from round to round); a sample is the client process's CPU time (user + sys) per
call over the batch: the client's own cost, whatever else the machine does.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from _common import PROJECT_PY, Worker, ensure_peer_env, fake_daemon
from _results import Row

IMAGE = "app:latest"
LIST_SIZES = (10, 100, 1000, 10000)
SYNC = ("docker_engine", "docker_py")
ASYNC = ("docker_engine_async", "aiodocker")
PEERS = ("docker_py", "aiodocker")  # installed in bench/.venv
NAMES = {
    "docker_engine": "docker_engine",
    "docker_engine_async": "docker_engine async",
    "docker_py": "docker-py",
    "aiodocker": "aiodocker",
    "http_client": "http.client + json.loads",
}


def measure(
    rounds: int, quick: bool, progress: Callable[[str], None]
) -> tuple[list[Row], list[dict[str, object]]]:
    """The per-call rows of the goal table and the image_list scaling table."""
    peer_py = ensure_peer_env()
    inspect_calls = 300 if quick else 1000
    images_per_batch = 20_000 if quick else 60_000  # list batches take about as long
    # (task, op, calls per batch, socket size, contenders)
    tasks: list[tuple[str, str, int, int, tuple[str, ...]]] = [
        ("inspect", "inspect", inspect_calls, 1000, (*SYNC, "http_client", *ASYNC))
    ]
    for size in LIST_SIZES:
        clients = SYNC + ASYNC if size == 1000 else SYNC
        calls = max(3, min(inspect_calls, images_per_batch // size))
        tasks.append((f"list{size}", "list", calls, size, clients))
    samples: dict[tuple[str, str], list[float]] = {}
    with contextlib.ExitStack() as stack:
        sockets = {
            size: stack.enter_context(fake_daemon("--images", str(size)))
            for size in LIST_SIZES
        }
        workers: dict[tuple[str, int], Worker] = {}
        for _, _, _, size, contenders in tasks:
            for client in contenders:
                if (client, size) not in workers:
                    python = peer_py if client in PEERS else PROJECT_PY
                    worker = Worker(python, client, sockets[size], IMAGE)
                    stack.callback(worker.close)
                    workers[(client, size)] = worker
        for n in range(rounds):
            for task, op, calls, size, contenders in tasks:
                shift = n % len(contenders)
                for client in contenders[shift:] + contenders[:shift]:
                    warmup = max(2, calls // 5) if n == 0 else 2
                    result = workers[(client, size)].batch(op, calls, warmup)
                    samples.setdefault((task, client), []).append(result["cpu"] * 1e6)
            progress(f"calls: round {n + 1}/{rounds}")
    return _rows(samples), _scaling(samples)


def _rows(samples: dict[tuple[str, str], list[float]]) -> list[Row]:
    def row(key: str, what: str, task: str, ours: str, peer: str, limit: float) -> Row:
        return {
            "key": key,
            "what": what,
            "group": "calls",
            "unit": "µs",
            "higher_is_better": False,
            "ours": {"name": NAMES[ours], "samples": samples[(task, ours)]},
            "peer": {"name": NAMES[peer], "samples": samples[(task, peer)]},
            "goal": {"on": "ratio", "op": "<=", "limit": limit},
        }

    inspect = "`image_inspect` ~20 KB, client CPU/call"
    listing = "`image_list` 1,000 images, client CPU/call"
    return [
        row("inspect_docker_py", inspect, "inspect", "docker_engine", "docker_py", 0.5),
        row("inspect_raw", inspect, "inspect", "docker_engine", "http_client", 1.6),
        row(
            "inspect_async",
            "async " + inspect,
            "inspect",
            "docker_engine_async",
            "aiodocker",
            1.0,
        ),
        row("list_docker_py", listing, "list1000", "docker_engine", "docker_py", 0.9),
        row(
            "list_async",
            "async " + listing,
            "list1000",
            "docker_engine_async",
            "aiodocker",
            1.0,
        ),
    ]


def _scaling(samples: dict[tuple[str, str], list[float]]) -> list[dict[str, object]]:
    """image_list cost per call and per image, by list size, ours and docker-py."""
    return [
        {
            "images": size,
            "ours": samples[(f"list{size}", "docker_engine")],
            "peer": samples[(f"list{size}", "docker_py")],
        }
        for size in LIST_SIZES
    ]
