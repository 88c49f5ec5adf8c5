"""The exact requests the emitted ImageApi builds, against engine-behaviour.md.

Each case: a call, then the request the daemon must receive (method, path, query in order
with repeated keys, the headers that matter, the body). Data first, one test runs them all.
"""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx2
import pytest

from docker_engine import DockerClient
from docker_engine._runtime.auth import AuthConfig, DockerConfig
from docker_engine.models import ContainerConfig

Call = Callable[[DockerClient], Any]
NDJSON = {"content-type": "application/json"}


def b64json(value: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(value, separators=(",", ":")).encode()).decode()


# (id, call, method, path, query pairs, headers that must be present, body check)
CASES: list[tuple[str, Call, str, str, list[tuple[str, str]], dict[str, str], bytes | None]] = [
    ("buildPrune", lambda c: c.image.build_prune(keep_storage=1024, all=True, filters={"until": "24h", "inuse": True}),
     "POST", "/v1.44/build/prune", [("keep-storage", "1024"), ("all", "1"), ("filters", '{"until":["24h"],"inuse":["true"]}')], {}, None),
    ("imageBuild several tags, buildargs, labels, cachefrom, extrahosts",
     lambda c: c.image.image_build(input_stream=b"tar bytes", t=["a:1", "b:2"], extrahosts=["h1:10.0.0.1", "h2:10.0.0.2"], buildargs={"X": "1", "UNSET": None}, labels={"k": "v"}, cachefrom=["a:0"], pull=True, version="1"),
     "POST", "/v1.44/build",
     [("dockerfile", "Dockerfile")] * 0 + [("t", "a:1"), ("t", "b:2"), ("extrahosts", "h1:10.0.0.1"), ("extrahosts", "h2:10.0.0.2"), ("cachefrom", '["a:0"]'), ("pull", "1"), ("rm", "1"), ("buildargs", '{"X":"1","UNSET":null}'), ("labels", '{"k":"v"}'), ("version", "1")],
     {"content-type": "application/x-tar"}, b"tar bytes"),
    ("imageBuild one tag as a string", lambda c: c.image.image_build(input_stream=b"x", t="only:tag"),
     "POST", "/v1.44/build", [("t", "only:tag"), ("rm", "1")], {"content-type": "application/x-tar"}, b"x"),
    ("imageBuild registry config", lambda c: c.image.image_build(input_stream=b"x", x_registry_config={"127.0.0.1:5000": AuthConfig(username="u", password="p")}),
     "POST", "/v1.44/build", [("rm", "1")], {"x-registry-config": b64json({"127.0.0.1:5000": {"username": "u", "password": "p"}})}, b"x"),
    ("imageCommit changes repeated, pause sent, body JSON", lambda c: c.image.image_commit(container="c1", repo="r", tag="t", changes=["ENV A=1", "CMD [\"sh\"]"], container_config=ContainerConfig(image="busybox")),
     "POST", "/v1.44/commit", [("container", "c1"), ("repo", "r"), ("tag", "t"), ("pause", "1"), ("changes", "ENV A=1"), ("changes", 'CMD ["sh"]')], {"content-type": "application/json"}, b'{"Image":"busybox"}'),
    ("imageCreate pull with auth from the docker config", lambda c: c.image.image_create(from_image="127.0.0.1:5000/x/y", tag="1"),
     "POST", "/v1.44/images/create", [("fromImage", "127.0.0.1:5000/x/y"), ("tag", "1")], {"x-registry-auth": b64json({"username": "u", "password": "p", "serveraddress": "127.0.0.1:5000"})}, None),
    ("imageCreate import with changes repeated", lambda c: c.image.image_create(from_src="-", repo="imported", changes=["ENV A=1", "WORKDIR /x"], input_image=io.BytesIO(b"rootfs")),
     "POST", "/v1.44/images/create", [("fromSrc", "-"), ("repo", "imported"), ("changes", "ENV A=1"), ("changes", "WORKDIR /x")], {}, b"rootfs"),
    ("imageDelete", lambda c: c.image.image_delete("localhost:5000/a/b:tag", force=True, noprune=False),
     "DELETE", "/v1.44/images/localhost%3A5000%2Fa%2Fb%3Atag", [("force", "1"), ("noprune", "0")], {}, None),
    ("imageGet", lambda c: c.image.image_get("busybox:latest"), "GET", "/v1.44/images/busybox%3Alatest/get", [], {}, None),
    ("imageGetAll names repeated", lambda c: c.image.image_get_all(names=["a:1", "b:2"]),
     "GET", "/v1.44/images/get", [("names", "a:1"), ("names", "b:2")], {}, None),
    ("imageHistory", lambda c: c.image.image_history("sha256:abc"), "GET", "/v1.44/images/sha256%3Aabc/history", [], {}, None),
    ("imageInspect", lambda c: c.image.image_inspect("busybox"), "GET", "/v1.44/images/busybox/json", [], {}, None),
    ("imageList filters as a dict", lambda c: c.image.image_list(all=True, filters={"dangling": True, "label": ["a=1", "b"]}, shared_size=True),
     "GET", "/v1.44/images/json", [("all", "1"), ("filters", '{"dangling":["true"],"label":["a=1","b"]}'), ("shared-size", "1")], {}, None),
    ("imageLoad quiet sent", lambda c: c.image.image_load(images_tarball=b"tar"),
     "POST", "/v1.44/images/load", [("quiet", "0")], {"content-type": "application/x-tar"}, b"tar"),
    ("imagePrune", lambda c: c.image.image_prune(filters={"dangling": False}),
     "POST", "/v1.44/images/prune", [("filters", '{"dangling":["false"]}')], {}, None),
    ("imagePush without credentials sends an empty auth", lambda c: c.image.image_push("example.org/x/y", tag="1"),
     "POST", "/v1.44/images/example.org%2Fx%2Fy/push", [("tag", "1")], {"x-registry-auth": "e30="}, None),
    ("imagePush explicit credentials win", lambda c: c.image.image_push("127.0.0.1:5000/x", x_registry_auth=AuthConfig(username="v", password="w")),
     "POST", "/v1.44/images/127.0.0.1%3A5000%2Fx/push", [], {"x-registry-auth": b64json({"username": "v", "password": "w"})}, None),
    ("imageSearch", lambda c: c.image.image_search("busybox", limit=5, filters={"is-official": True}),
     "GET", "/v1.44/images/search", [("term", "busybox"), ("limit", "5"), ("filters", '{"is-official":["true"]}')], {"x-registry-auth": "e30="}, None),
    ("imageTag", lambda c: c.image.image_tag("busybox", repo="mine/busybox", tag="v1"),
     "POST", "/v1.44/images/busybox/tag", [("repo", "mine/busybox"), ("tag", "v1")], {}, None),
]


@pytest.fixture
def docker_config(tmp_path: Path) -> DockerConfig:
    path = tmp_path / "config.json"
    path.write_text(json.dumps({"auths": {"127.0.0.1:5000": {"auth": base64.b64encode(b"u:p").decode()}}}))
    return DockerConfig.load(path)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_request_on_the_wire(case: tuple[Any, ...], docker_config: DockerConfig) -> None:
    _, call, method, path, query, headers, body = case
    seen: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        request.read()
        if request.url.path.endswith(("/get",)):
            return httpx2.Response(200, content=b"\0" * 1024, headers={"content-type": "application/x-tar"})
        if request.url.path.endswith(("/build", "/create", "/push", "/load")):
            return httpx2.Response(200, content=b'{"status":"ok"}\r\n', headers=NDJSON)
        if request.url.path.endswith(("/tag",)):
            return httpx2.Response(201)
        payload: object = [] if request.url.path.endswith(("/json", "/history", "/search")) or method == "DELETE" else {}
        if request.url.path.endswith("/images/busybox/json"):
            payload = {}
        if request.url.path.endswith("/commit"):
            payload = {"Id": "sha256:1"}
        return httpx2.Response(200, json=payload)

    with DockerClient("unix:///nowhere.sock", api_version="1.44", transport=httpx2.MockTransport(handler), docker_config=docker_config) as client:
        result = call(client)
        if hasattr(result, "wait"):
            result.wait()
        elif hasattr(result, "read"):
            result.read()
    (request,) = seen
    assert request.method == method
    assert request.url.raw_path.split(b"?")[0].decode() == path
    assert httpx2.QueryParams(request.url.query).multi_items() == query
    for name, value in headers.items():
        assert request.headers.get(name) == value, name
    if body is not None:
        assert request.content == body
    assert "x-registry-auth" in request.headers or not any(h.lower() == "x-registry-auth" for h in headers)
