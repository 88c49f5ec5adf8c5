"""A client process that times batches of calls (used by per_call.py and live_mix.py).

    python _per_call_worker.py CLIENT SOCKET [IMAGE]

CLIENT: docker_engine | docker_engine_httpx2 (with httpx2's own unix transport) |
docker_py | http_client. Prints ``{"ready": ...}``, then
reads ``OP CALLS WARMUP`` lines (OP: inspect | list | history | mix) and answers
each with the mean wall and CPU (user + sys of this process) seconds per call
(``mix``: per round of list + inspect + history).
Each client keeps one connection alive for the whole batch and returns decoded
results (models for docker_engine, dicts for the others).
"""

from __future__ import annotations

import json
import socket
import sys
import time
from collections.abc import Callable
from http.client import HTTPConnection
from typing import Any

IMAGE = "codegen-test/busybox:latest"


def docker_engine_calls(
    sock: str, image: str, httpx2_transport: bool = False
) -> dict[str, Callable[[], Any]]:
    from docker_engine import DockerClient

    if httpx2_transport:  # the transport docker_engine used before UnixSocketTransport
        import httpx2

        limits = httpx2.Limits(max_connections=100, max_keepalive_connections=20)
        client = DockerClient(
            "unix://" + sock, transport=httpx2.HTTPTransport(uds=sock, limits=limits)
        )
    else:
        client = DockerClient("unix://" + sock)
    api = client.image
    return {
        "inspect": lambda: api.image_inspect(image),
        "list": lambda: api.image_list(),
        "history": lambda: api.image_history(image),
    }


def docker_py_calls(sock: str, image: str) -> dict[str, Callable[[], Any]]:
    import docker

    client = docker.APIClient(base_url="unix://" + sock, version="auto")
    return {
        "inspect": lambda: client.inspect_image(image),
        "list": lambda: client.images(),
        "history": lambda: client.history(image),
    }


class _UnixConnection(HTTPConnection):
    def __init__(self, path: str) -> None:
        super().__init__("localhost")
        self.path = path

    def connect(self) -> None:
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.connect(self.path)
        self.sock = s


def http_client_calls(sock: str, image: str) -> dict[str, Callable[[], Any]]:
    from urllib.parse import quote

    conn = _UnixConnection(sock)
    name = quote(image, safe="")

    def get(path: str) -> Any:
        conn.request("GET", path)
        response = conn.getresponse()
        body = response.read()
        if response.status != 200:
            raise RuntimeError(f"{path}: {response.status}")
        return json.loads(body)

    return {
        "inspect": lambda: get(f"/v1.41/images/{name}/json"),
        "list": lambda: get("/v1.41/images/json"),
        "history": lambda: get(f"/v1.41/images/{name}/history"),
    }


def docker_engine_httpx2_calls(sock: str, image: str) -> dict[str, Callable[[], Any]]:
    return docker_engine_calls(sock, image, httpx2_transport=True)


CLIENTS = {
    "docker_engine": docker_engine_calls,
    "docker_engine_httpx2": docker_engine_httpx2_calls,
    "docker_py": docker_py_calls,
    "http_client": http_client_calls,
}


def timed(fn: Callable[[], Any], calls: int, warmup: int) -> dict[str, float]:
    for _ in range(warmup):
        fn()
    cpu_start = time.process_time()
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    return {"wall": elapsed / calls, "cpu": cpu / calls}


def main() -> None:
    client, sock = sys.argv[1], sys.argv[2]
    image = sys.argv[3] if len(sys.argv) > 3 else IMAGE
    fns = CLIENTS[client](sock, image)
    inspect, listing, history = fns["inspect"], fns["list"], fns["history"]

    def mix() -> Any:
        listing()
        inspect()
        return history()

    fns["mix"] = mix
    print(json.dumps({"ready": client}), flush=True)
    for line in sys.stdin:  # "OP CALLS WARMUP" per batch; EOF ends
        op, calls, warmup = line.split()
        print(json.dumps(timed(fns[op], int(calls), int(warmup))), flush=True)


if __name__ == "__main__":
    main()
