"""A client process that times batches of calls (used by run.py and live_mix.py).

    python _per_call_worker.py CLIENT SOCKET [IMAGE]

CLIENT: docker_engine | docker_py | http_client (sync), docker_engine_async |
aiodocker (asyncio). Prints ``{"ready": ...}``, then reads ``OP CALLS WARMUP``
lines (OP: inspect | list | history | mix | decode_list) and answers each with the
mean wall and CPU (user + sys of this process) seconds per call (``mix``: per round
of list + inspect + history; ``decode_list``: no call, only what the client does to
turn the fake daemon's 1,000-image list body into its result, and frees it). Each
client keeps one connection alive for the whole batch and returns decoded results
(models for docker_engine, dicts for the others).
"""

from __future__ import annotations

import asyncio
import json
import socket
import sys
import time
from collections.abc import Awaitable, Callable
from http.client import HTTPConnection
from typing import Any

IMAGE = "codegen-test/busybox:latest"

Calls = dict[str, Callable[[], Any]]
AsyncCalls = dict[str, Callable[[], Awaitable[Any]]]


def docker_engine_calls(sock: str, image: str) -> Calls:
    from docker_engine import DockerClient

    api = DockerClient("unix://" + sock).image
    return {
        "inspect": lambda: api.image_inspect(image),
        "list": lambda: api.image_list(),
        "history": lambda: api.image_history(image),
    }


def docker_py_calls(sock: str, image: str) -> Calls:
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


def http_client_calls(sock: str, image: str) -> Calls:
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


def _list_body() -> bytes:
    import _payloads

    return _payloads.image_list(1000)


async def docker_engine_async_calls(sock: str, image: str) -> AsyncCalls:
    from docker_engine import AsyncDockerClient
    from docker_engine._runtime.decoding import decode_json
    from docker_engine.models import ImageSummary

    client = AsyncDockerClient("unix://" + sock)
    api = client.image
    body = _list_body()

    async def decode_list() -> Any:
        # as ExpectJson(list[ImageSummary]) decodes it (the collector paused)
        return decode_json(list[ImageSummary], body)

    return {
        "inspect": lambda: api.image_inspect(image),
        "list": lambda: api.image_list(),
        "history": lambda: api.image_history(image),
        "decode_list": decode_list,
        "close": client.aclose,
    }


async def aiodocker_calls(sock: str, image: str) -> AsyncCalls:
    import aiodocker

    docker = aiodocker.Docker(url="unix://" + sock)
    images = docker.images
    body = _list_body()

    async def decode_list() -> Any:
        # aiohttp's response.json(): the body stripped, decoded as text, json.loads
        return json.loads(body.strip().decode("utf-8"))

    return {
        "inspect": lambda: images.inspect(image),
        "list": lambda: images.list(),
        "history": lambda: images.history(image),
        "decode_list": decode_list,
        "close": docker.close,
    }


CLIENTS: dict[str, Callable[[str, str], Calls]] = {
    "docker_engine": docker_engine_calls,
    "docker_py": docker_py_calls,
    "http_client": http_client_calls,
}
ASYNC_CLIENTS: dict[str, Callable[[str, str], Awaitable[AsyncCalls]]] = {
    "docker_engine_async": docker_engine_async_calls,
    "aiodocker": aiodocker_calls,
}


def _per_call(cpu_start: float, start: float, calls: int) -> dict[str, float]:
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    return {"wall": elapsed / calls, "cpu": cpu / calls}


def timed(fn: Callable[[], Any], calls: int, warmup: int) -> dict[str, float]:
    for _ in range(warmup):
        fn()
    cpu_start, start = time.process_time(), time.perf_counter()
    for _ in range(calls):
        fn()
    return _per_call(cpu_start, start, calls)


async def timed_async(
    fn: Callable[[], Awaitable[Any]], calls: int, warmup: int
) -> dict[str, float]:
    for _ in range(warmup):
        await fn()
    cpu_start, start = time.process_time(), time.perf_counter()
    for _ in range(calls):
        await fn()
    return _per_call(cpu_start, start, calls)


def main() -> None:
    client, sock = sys.argv[1], sys.argv[2]
    image = sys.argv[3] if len(sys.argv) > 3 else IMAGE
    if client in ASYNC_CLIENTS:
        # one loop for the worker's life: the client's connection stays alive across batches
        loop = asyncio.new_event_loop()
        afns = loop.run_until_complete(ASYNC_CLIENTS[client](sock, image))

        async def amix() -> Any:
            await afns["list"]()
            await afns["inspect"]()
            return await afns["history"]()

        afns["mix"] = amix

        def run(op: str, calls: int, warmup: int) -> dict[str, float]:
            return loop.run_until_complete(timed_async(afns[op], calls, warmup))

    else:
        fns = CLIENTS[client](sock, image)

        def mix() -> Any:
            fns["list"]()
            fns["inspect"]()
            return fns["history"]()

        fns["mix"] = mix

        def run(op: str, calls: int, warmup: int) -> dict[str, float]:
            return timed(fns[op], calls, warmup)

    print(json.dumps({"ready": client}), flush=True)
    for line in sys.stdin:  # "OP CALLS WARMUP" per batch; EOF ends
        op, calls, warmup = line.split()
        print(json.dumps(run(op, int(calls), int(warmup))), flush=True)
    if client in ASYNC_CLIENTS:
        loop.run_until_complete(afns["close"]())


if __name__ == "__main__":
    main()
