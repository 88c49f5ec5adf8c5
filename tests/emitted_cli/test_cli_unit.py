"""The emitted command line without a daemon: syntax, conversions, help, output, exit codes,
progress display, and the operation table against the generated API methods.

Requests go to an ``httpx2.MockTransport`` that answers like a 1.41 daemon and keeps what it got.
"""

from __future__ import annotations

import importlib
import inspect
import io
import json
import re
import subprocess
import sys
import tarfile
from collections.abc import Callable
from typing import Any

import httpx2
import pytest

from docker_engine import DockerClient
from docker_engine._operations import API_VERSION, OPERATIONS
from docker_engine._runtime import cli
from docker_engine._runtime.messages import JsonMessage
from docker_engine._runtime.progress import ProgressPrinter, human_size, progress_text

from .support import make_context

OPS = {op.name: op for op in OPERATIONS}


# -- a fake daemon ------------------------------------------------------------------------------


class FakeDaemon:
    def __init__(self) -> None:
        self.requests: list[httpx2.Request] = []
        self.bodies: list[bytes] = []
        self.routes: dict[str, Callable[[httpx2.Request], httpx2.Response]] = {}

    def handler(self, request: httpx2.Request) -> httpx2.Response:
        if request.url.path == "/_ping":
            return httpx2.Response(200, headers={"API-Version": "1.41"}, text="OK")
        self.requests.append(request)
        self.bodies.append(request.read())
        path = re.sub(r"^/v[0-9.]+", "", request.url.path)
        route = self.routes.get(f"{request.method} {path}")
        if route is None:
            return httpx2.Response(404, json={"message": f"page not found: {path}"})
        return route(request)

    def run(self, *argv: str) -> tuple[int, str, str]:
        """``docker-engine ARGV`` against this daemon: (exit status, stdout, stderr)."""
        transport = httpx2.MockTransport(self.handler)

        def factory(host: str | None, **settings: Any) -> DockerClient:
            return DockerClient(host or "unix:///fake.sock", transport=transport, **settings)

        out, err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8"), io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
        saved = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = out, err
        try:
            code = cli.main(OPERATIONS, factory, list(argv), prog="docker-engine", spec_version=API_VERSION)
        finally:
            sys.stdout, sys.stderr = saved
        out.flush()
        err.flush()
        return code, out.buffer.getvalue().decode(), err.buffer.getvalue().decode()  # type: ignore[attr-defined]


@pytest.fixture
def daemon(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> FakeDaemon:
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path / "no-config"))
    monkeypatch.delenv("DOCKER_HOST", raising=False)
    return FakeDaemon()


def _json_lines(*messages: dict[str, Any]) -> httpx2.Response:
    body = "".join(json.dumps(m) + "\r\n" for m in messages).encode()
    return httpx2.Response(200, headers={"Content-Type": "application/json"}, content=body)


# -- syntax and conversions --------------------------------------------------------------------


def test_values_are_converted_by_type(daemon: FakeDaemon) -> None:
    daemon.routes["GET /images/json"] = lambda r: httpx2.Response(200, json=[])
    code, out, err = daemon.run("imageList", "all=TRUE", "digests=0", 'filters={"dangling":["true"]}')
    assert (code, out, err) == (0, "[]\n", "")
    assert daemon.requests[0].url.params.multi_items() == [
        ("all", "1"),
        ("filters", '{"dangling":["true"]}'),
        ("digests", "0"),
    ]


def test_repeated_keys_and_headers_and_a_directory_body(daemon: FakeDaemon, tmp_path: Any) -> None:
    daemon.routes["POST /build"] = lambda r: _json_lines({"stream": "Step 1/2 : FROM busybox\n"}, {"aux": {"ID": "sha256:" + "a" * 64}})
    context = make_context(tmp_path / "ctx", "FROM busybox\n")
    code, out, err = daemon.run(
        "imageBuild", "t=a:1", "t=b:2", "buildargs={\"X\":null}", "memory=1024", "X-Registry-Config:e30=", f"@{context}"
    )
    assert (code, err) == (0, ""), err
    assert out == "Step 1/2 : FROM busybox\n"
    request = daemon.requests[0]
    query = request.url.params.multi_items()
    assert ("t", "a:1") in query and ("t", "b:2") in query
    assert ("buildargs", '{"X":null}') in query and ("memory", "1024") in query
    assert request.headers["X-Registry-Config"] == "e30="
    names = tarfile.open(fileobj=io.BytesIO(daemon.bodies[0])).getnames()
    assert "Dockerfile" in names and "notes.tmp" not in names  # .dockerignore honoured


def test_json_body_from_a_file_and_from_stdin(daemon: FakeDaemon, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    daemon.routes["POST /containers/create"] = lambda r: httpx2.Response(201, json={"Id": "c1", "Warnings": []})
    body = tmp_path / "c.json"
    body.write_text('{"Image": "busybox", "Cmd": ["true"]}')
    assert daemon.run("containerCreate", "name=web", f"@{body}")[:2] == (0, '{"Id":"c1","Warnings":[]}\n')
    assert json.loads(daemon.bodies[-1]) == {"Image": "busybox", "Cmd": ["true"]}
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"Image": "alpine"}'))
    assert daemon.run("containerCreate", "-")[0] == 0
    assert json.loads(daemon.bodies[-1]) == {"Image": "alpine"}
    assert daemon.run("containerCreate", "--body", str(body))[0] == 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["imageList", "all=maybe"], "all: expected true, false, 1 or 0"),
        (["imageList", "al=1"], "did you mean all?"),
        (["imageList", "filters=[1]"], "expected a JSON object"),
        (["imageList", "filters={bad"], "filters: not valid JSON"),
        (["imageList", "all=1", "all=0"], "all is given 2 times"),
        (["imageInspect"], "imageInspect needs name=VALUE"),
        (["imageLis"], "did you mean imageList"),
        (["imageList", "@x.json"], "imageList takes no request body"),
        (["containerCreate", "@/no/such/file"], "cannot read the body"),
        (["imageBuild", "memory=lots"], "memory: expected an integer"),
        (["imageList", "--frobnicate"], "unknown option '--frobnicate'"),
        (["imageCreate", "fromImage=x", "X-Registry-Auth=e30=\r\nX-Evil: 1"], "header 'X-Registry-Auth'"),
    ],
)
def test_usage_errors_exit_2(daemon: FakeDaemon, argv: list[str], message: str) -> None:
    code, out, err = daemon.run(*argv)
    assert code == cli.EXIT_USAGE and out == ""
    assert message in err and "See 'docker-engine " in err
    assert not daemon.requests, "nothing is sent after a usage error"


def test_daemon_errors_exit_1_with_the_daemons_message(daemon: FakeDaemon) -> None:
    daemon.routes["GET /images/{name}/json".replace("{name}", "nope")] = lambda r: httpx2.Response(
        404, json={"message": "No such image: nope:latest"}
    )
    assert daemon.run("imageInspect", "name=nope") == (1, "", "Error response from daemon: No such image: nope:latest\n")
    daemon.routes["POST /images/create"] = lambda r: _json_lines(
        {"status": "Pulling from x"}, {"errorDetail": {"message": "manifest unknown"}, "error": "manifest unknown"}
    )
    code, out, err = daemon.run("imageCreate", "fromImage=x:1")
    assert (code, err) == (1, "error: manifest unknown\n")
    assert "Pulling from x" in out


def test_no_daemon_exits_3() -> None:
    factory_calls: list[str | None] = []

    def factory(host: str | None, **settings: Any) -> DockerClient:
        factory_calls.append(host)
        return DockerClient(host, **settings)

    err_stream = io.StringIO()
    saved = sys.stderr
    sys.stderr = err_stream
    try:
        status = cli.main(OPERATIONS, factory, ["--host", "unix:///nonexistent/docker.sock", "systemPing"])
    finally:
        sys.stderr = saved
    assert status == cli.EXIT_NO_DAEMON and factory_calls == ["unix:///nonexistent/docker.sock"]
    assert "cannot connect to the Docker daemon" in err_stream.getvalue()


def test_results_by_kind(daemon: FakeDaemon, tmp_path: Any) -> None:
    daemon.routes["POST /images/{name}/tag".replace("{name}", "a")] = lambda r: httpx2.Response(201)
    assert daemon.run("imageTag", "name=a", "repo=b", "tag=c") == (0, "", "")
    daemon.routes["GET /images/a/get"] = lambda r: httpx2.Response(200, content=b"\x00tar", headers={"Content-Type": "application/octet-stream"})
    target = tmp_path / "a.tar"
    assert daemon.run("imageGet", "name=a", "--output", str(target)) == (0, "", "")
    assert target.read_bytes() == b"\x00tar"
    code, out, _ = daemon.run("imageGet", "name=a")  # not a terminal: to standard output
    assert code == 0 and out == "\x00tar"
    daemon.routes["GET /events"] = lambda r: _json_lines({"Type": "image", "Action": "tag"}, {"Type": "image", "Action": "untag"})
    code, out, _ = daemon.run("systemEvents", 'filters={"type":["image"]}')
    assert code == 0 and [json.loads(line)["Action"] for line in out.splitlines()] == ["tag", "untag"]
    daemon.routes["POST /images/load"] = lambda r: _json_lines({"stream": "Loaded image: a:1\n"})
    (tmp_path / "in.tar").write_bytes(b"tar")
    assert daemon.run("imageLoad", f"@{tmp_path / 'in.tar'}", "--json") == (0, '{"stream":"Loaded image: a:1\\n"}\n', "")
    assert daemon.bodies[-1] == b"tar"


# -- help ----------------------------------------------------------------------------------------


def test_general_help_lists_every_operation_by_api(daemon: FakeDaemon) -> None:
    code, out, _ = daemon.run("--help")
    assert code == 0 and f"Docker Engine API {API_VERSION}" in out
    apis = re.findall(r"^(\w+Api):$", out, re.M)
    assert apis == sorted({op.api for op in OPERATIONS})
    for op in OPERATIONS:
        assert re.search(rf"^  {op.name} +\S", out, re.M), op.name
    assert "exit status: 0 success, 1 the daemon reported an error, 2 usage error" in out
    assert daemon.run()[0] == cli.EXIT_USAGE  # no operation: the help, on stderr


def test_operation_help_shows_each_parameter_from_the_spec(daemon: FakeDaemon) -> None:
    code, out, _ = daemon.run("imageBuild", "--help")
    assert code == 0
    assert out.startswith("usage: docker-engine imageBuild [name=VALUE ...] [Header:VALUE ...] [@PATH|-]\n")
    assert "POST /build" in out and "client.image.image_build(...)" in out
    for param in OPS["imageBuild"].params:
        syntax = "@PATH | -" if param.location == "body" else f"{param.wire}{':' if param.location == 'header' else '='}VALUE"
        assert f"\n  {syntax}\n" in out, syntax
    assert "(boolean; query; optional; default true)" in out  # rm
    assert "(string; query; optional; a list: repeat t=)" in out
    assert "You can provide several `t` parameters." in " ".join(out.split())
    code, out, _ = daemon.run("imageInspect", "-h")
    assert "usage: docker-engine imageInspect name=VALUE\n" in out and "(string; path; required)" in out


# -- the table matches the API ----------------------------------------------------------------


def test_every_operation_calls_an_existing_method_with_existing_arguments() -> None:
    client = DockerClient("unix:///fake.sock")
    try:
        for op in OPERATIONS:
            method = getattr(getattr(client, op.attribute), op.method)
            accepted = set(inspect.signature(method).parameters)
            assert {p.python for p in op.params} <= accepted, op.name
            required = {name for name, p in inspect.signature(method).parameters.items() if p.default is inspect.Parameter.empty}
            assert required <= {p.python for p in op.params if p.required}, op.name
    finally:
        client.close()


def test_import_docker_engine_loads_no_cli() -> None:
    code = "import sys, docker_engine; print(sorted(m for m in sys.modules if m.startswith('docker_engine')))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "['docker_engine']"
    importlib.import_module("docker_engine.__main__")  # importing the entry point runs nothing


# -- progress --------------------------------------------------------------------------------------


def screen(output: str) -> list[str]:
    """What a terminal shows after ``output``: lines, CR, cursor up/down, erase line."""
    lines = [""]
    row = col = 0
    for token in re.findall(r"\x1b\[(\d*)([ABK])|(\r)|(\n)|([^\x1b\r\n]+)", output):
        count, code, cr, lf, text = token
        if code == "A":
            row = max(row - int(count or 1), 0)
        elif code == "B":
            row += int(count or 1)
        elif code == "K":
            lines[row] = ""
        elif cr:
            col = 0
        elif lf:
            row, col = row + 1, 0
        else:
            current = lines[row].ljust(col)
            lines[row] = current[:col] + text + current[col + len(text) :]
            col += len(text)
        while len(lines) <= row:
            lines.append("")
    return [line.rstrip() for line in lines]


def _pull_messages(done: bool) -> list[JsonMessage]:
    raw: list[dict[str, Any]] = [
        {"status": "Pulling from library/busybox", "id": "latest"},
        {"status": "Pulling fs layer", "progressDetail": {}, "id": "aaa"},
        {"status": "Pulling fs layer", "progressDetail": {}, "id": "bbb"},
        {"status": "Downloading", "progressDetail": {"current": 500_000, "total": 2_000_000}, "id": "aaa"},
        {"status": "Downloading", "progressDetail": {"current": 100, "total": 1000}, "id": "bbb"},
    ]
    if done:
        raw += [
            {"status": "Pull complete", "progressDetail": {}, "id": "aaa"},
            {"status": "Pull complete", "progressDetail": {}, "id": "bbb"},
            {"status": "Digest: sha256:" + "0" * 64},
            {"status": "Status: Downloaded newer image for busybox:latest"},
        ]
    return [JsonMessage.model_validate(m) for m in raw]


def _show(messages: list[JsonMessage], tty: bool) -> str:
    out = io.StringIO()
    printer = ProgressPrinter(out, tty=tty, width=lambda: 100)
    for message in messages:
        printer.feed(message)
    return out.getvalue()


def test_progress_bars_in_a_terminal() -> None:
    shown = screen(_show(_pull_messages(done=False), tty=True))
    assert shown[0] == "latest: Pulling from library/busybox"
    assert re.fullmatch(r"aaa: Downloading \[=+> +\] +500kB/2MB", shown[1]), shown[1]
    assert re.fullmatch(r"bbb: Downloading \[=+> +\] +100B/1kB", shown[2]), shown[2]
    assert len(shown[1]) < 100
    final = screen(_show(_pull_messages(done=True), tty=True))
    assert [line for line in final if line] == [
        "latest: Pulling from library/busybox",
        "aaa: Pull complete",
        "bbb: Pull complete",
        "Digest: sha256:" + "0" * 64,
        "Status: Downloaded newer image for busybox:latest",
    ]


def test_plain_lines_in_a_pipe() -> None:
    assert _show(_pull_messages(done=True), tty=False).splitlines() == [
        "latest: Pulling from library/busybox",
        "aaa: Pulling fs layer",
        "bbb: Pulling fs layer",
        "aaa: Pull complete",
        "bbb: Pull complete",
        "Digest: sha256:" + "0" * 64,
        "Status: Downloaded newer image for busybox:latest",
    ]


def test_sizes_and_bars() -> None:
    assert [human_size(n) for n in (0, 999, 1000, 2_150_000, 52_428_800)] == ["0B", "999B", "1kB", "2.15MB", "52.43MB"]
    from docker_engine._runtime.messages import ProgressDetail

    assert progress_text(ProgressDetail(current=5, total=10), 80).startswith("[" + "=" * 25 + ">")
    assert progress_text(ProgressDetail(current=5, total=10), 20) == "      5B/10B"  # no room for a bar
    assert progress_text(ProgressDetail(), 80) == ""


def test_what_the_daemons_api_version_lacks_is_a_usage_error_and_nothing_is_sent(daemon: FakeDaemon, tmp_path: Any) -> None:
    code, out, err = daemon.run("containerStop", "id=web", "signal=SIGINT")
    assert (code, out) == (cli.EXIT_USAGE, "")
    assert err.startswith("docker-engine: containerStop: parameter 'signal' needs Engine API 1.42, but the daemon at")
    body = tmp_path / "container.json"
    body.write_text('{"Image": "busybox", "HostConfig": {"Annotations": {"a": "b"}}}')
    code, _, err = daemon.run("containerCreate", f"@{body}")
    assert code == cli.EXIT_USAGE and "field body.host_config.annotations needs Engine API 1.43" in err
    assert daemon.requests == []
