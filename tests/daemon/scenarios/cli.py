"""Self-test scenarios: the docker CLI (a client nobody here wrote) recorded through the proxy.

Each scenario runs a few ``docker -H unix://<proxy> …`` commands and stores argv, stdout, stderr and exit status
in the cassette header's ``meta``; ``test_docker_cli.py`` replays the cassette to the same commands and expects
the same output. Output formats avoid relative times ("2 minutes ago") and ``TZ=UTC`` is forced, so the
committed cassettes replay identically later.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tests.support.engine import DEFAULT_SOCKET, Cleanup, request
from tests.support.engines import SWARM_SUITES
from tests.support.images import BUSYBOX_IMAGE, ensure_busybox

from ..scenario import scenario

_REPO = BUSYBOX_IMAGE.rsplit(":", 1)[0]
_CLI_TAG = f"{_REPO}:cli-tag"
_LABEL = "codegen-test.scenario=cli"  # on the container, network and volume the listings filter for
_CONTAINER, _NETWORK, _VOLUME = "rec-cli-shown", "rec-cli-net", "rec-cli-vol"
_NO_RELATIVE_TIMES = "table {{.Names}}\t{{.Image}}\t{{.Command}}\t{{.State}}\t{{.CreatedAt}}\t{{.Labels}}"


@dataclass(frozen=True)
class CliScenario:
    """The commands of one ``cli/…`` cassette, and what they need on the real daemon first (unrecorded,
    removed after the recording through the ``Cleanup``)."""

    commands: list[list[str]]
    setup: Callable[[str, Cleanup], None] | None = None


def _expect_removal_of_cli_tag(upstream: str, cleanup: Cleanup) -> None:
    cleanup.image(_CLI_TAG)  # in case the scenario fails before its own rmi


def _checked(method: str, target: str, upstream: str, body: dict[str, Any] | None = None) -> None:
    data = None if body is None else json.dumps(body).encode()
    headers = () if body is None else (("Content-Type", "application/json"),)
    response = request(method, target, body=data, headers=headers, socket_path=upstream)
    if response.status >= 300:
        raise RuntimeError(f"setup {method} {target}: {response.status} {response.body[:300]!r}")


def _make_objects(upstream: str, cleanup: Cleanup) -> None:
    """A labelled container that ran (with output on stdout and stderr), a network and a volume."""
    with Cleanup(upstream) as leftovers:  # of an interrupted earlier run
        leftovers.container(_CONTAINER)
        leftovers.network(_NETWORK)
        leftovers.volume(_VOLUME)
    labels = dict([_LABEL.split("=", 1)])
    command = ["sh", "-c", "echo line one; echo to stderr >&2; echo line two"]
    _checked("POST", f"/containers/create?name={_CONTAINER}", upstream, {"Image": BUSYBOX_IMAGE, "Cmd": command, "Labels": labels})
    cleanup.container(_CONTAINER)
    _checked("POST", f"/containers/{_CONTAINER}/start", upstream)
    _checked("POST", f"/containers/{_CONTAINER}/wait", upstream)
    _checked("POST", "/networks/create", upstream, {"Name": _NETWORK, "Labels": labels})
    cleanup.network(_NETWORK)
    _checked("POST", "/volumes/create", upstream, {"Name": _VOLUME, "Labels": labels})
    cleanup.volume(_VOLUME)


CLI_SCENARIOS: dict[str, CliScenario] = {
    "cli/image_ls": CliScenario(
        [
            ["image", "ls", "--format", "table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.Size}}", _REPO],
            ["image", "ls", "--no-trunc", "--format", "{{.Repository}}:{{.Tag}} {{.ID}} {{.CreatedAt}}", _REPO],
        ]
    ),
    "cli/image_inspect": CliScenario(
        [
            ["image", "inspect", BUSYBOX_IMAGE],
            ["image", "inspect", "--format", "{{.Id}} {{.Os}}/{{.Architecture}} {{json .RootFS}}", BUSYBOX_IMAGE],
        ]
    ),
    "cli/image_inspect_missing": CliScenario([["image", "inspect", f"{_REPO}:does-not-exist"]]),
    "cli/history": CliScenario([["history", "--no-trunc", "--human=false", BUSYBOX_IMAGE]]),
    "cli/tag": CliScenario(
        [
            ["tag", BUSYBOX_IMAGE, _CLI_TAG],
            ["image", "ls", "--format", "{{.Repository}}:{{.Tag}} {{.ID}}", _CLI_TAG],
            ["rmi", _CLI_TAG],
        ],
        _expect_removal_of_cli_tag,
    ),
    # `docker ps` prints relative times ("Exited (0) 2 minutes ago") by default: absolute ones only here
    "cli/ps": CliScenario([["ps", "-a", "--no-trunc", "--filter", f"label={_LABEL}", "--format", _NO_RELATIVE_TIMES]], _make_objects),
    "cli/container_inspect": CliScenario(
        [["inspect", _CONTAINER], ["inspect", "--format", "{{.State.Status}} {{.State.ExitCode}} {{json .Config.Cmd}}", _CONTAINER]],
        _make_objects,
    ),
    "cli/logs": CliScenario([["logs", _CONTAINER], ["logs", "--timestamps", _CONTAINER]], _make_objects),
    "cli/network_ls": CliScenario(
        [["network", "ls"], ["network", "ls", "--no-trunc", "--filter", f"label={_LABEL}", "--format", "{{.ID}} {{.Name}} {{.Driver}} {{.Scope}}"]],
        _make_objects,
    ),
    "cli/volume_ls": CliScenario([["volume", "ls"], ["volume", "ls", "--filter", f"label={_LABEL}"]], _make_objects),
    "cli/system_df": CliScenario([["system", "df"]], _make_objects),
    # plain `docker info` prints the Engine's runtimes in Go's random map order: every server field as JSON instead
    "cli/info": CliScenario([["info", "--format", "{{json .Info}}"], ["info", "--format", "{{.ServerVersion}} {{.Driver}} {{json .Swarm.LocalNodeState}}"]]),
}


def docker_binary() -> str | None:
    return shutil.which("docker")


def cli_version() -> str:
    """``docker --version`` (needs no daemon), e.g. ``Docker version 28.2.2, build e6534b4``."""
    return subprocess.run([docker_binary() or "docker", "--version"], capture_output=True, text=True).stdout.strip()


def run_cli(socket_path: str, argv: list[str], config_dir: str) -> dict[str, Any]:
    """Run ``docker -H unix://socket_path ARGV`` in a clean environment; socket path in stderr → ``<socket>``."""
    binary = docker_binary()
    if binary is None:
        raise RuntimeError("docker CLI binary not found on PATH")
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOCKER_")}
    env.update(DOCKER_CONFIG=config_dir, DOCKER_CLI_HINTS="false", TZ="UTC", LC_ALL="C")
    proc = subprocess.run(
        [binary, "-H", f"unix://{socket_path}", *argv], capture_output=True, text=True, env=env, timeout=60
    )
    return {
        "argv": argv,
        "returncode": proc.returncode,
        "stdout": proc.stdout,
        "stderr": proc.stderr.replace(socket_path, "<socket>"),
    }


def run_commands(socket_path: str, commands: list[list[str]]) -> list[dict[str, Any]]:
    config_dir = tempfile.mkdtemp(prefix="docker-config-")
    try:
        return [run_cli(socket_path, argv, config_dir) for argv in commands]
    finally:
        shutil.rmtree(config_dir, ignore_errors=True)


def _make(name: str, cli_scenario: CliScenario) -> None:
    def run(socket_path: str, upstream: str) -> dict[str, Any]:
        ensure_busybox(upstream)  # setup on the real socket: not recorded
        with Cleanup(upstream) as cleanup:
            if cli_scenario.setup is not None:
                cli_scenario.setup(upstream, cleanup)
            results = run_commands(socket_path, cli_scenario.commands)
        return {"client": "docker CLI", "docker_cli_version": cli_version(), "commands": results}

    run.__doc__ = f"docker CLI: {'; '.join(' '.join(c[:2]) for c in cli_scenario.commands)}"
    scenario(name)(run)


for _name, _cli_scenario in CLI_SCENARIOS.items():
    _make(_name, _cli_scenario)


SWARM_COMMANDS = [["service", "ls"], ["node", "ls"]]
_SWARM_ENGINE = "20.10"


@scenario("cli/swarm_ls", suite=SWARM_SUITES[_SWARM_ENGINE])
def swarm_ls(socket_path: str, upstream: str) -> dict[str, Any]:
    """docker CLI: service ls; node ls (a single-node swarm of the second Engine 20.10, not the machine's)"""
    from tests.scenarios import leave_swarm, post_json, swarm_addresses

    if upstream == DEFAULT_SOCKET:
        raise RuntimeError("cli/swarm_ls makes a swarm: it runs on an Engine start-engine starts, never the machine's")
    ensure_busybox(upstream)  # setup on the real socket: not recorded
    post_json(upstream, "/swarm/init", swarm_addresses(_SWARM_ENGINE), "swarm init")
    try:
        service = {
            "Name": "rec-cli-svc",
            "TaskTemplate": {"ContainerSpec": {"Image": BUSYBOX_IMAGE, "Command": ["sleep", "600"]}},
            "Mode": {"Replicated": {"Replicas": 1}},
        }
        post_json(upstream, "/services/create", service, "service create")
        _wait_for_a_running_task(upstream, "rec-cli-svc")
        results = run_commands(socket_path, SWARM_COMMANDS)
    finally:
        leave_swarm(upstream)
    engine = f"Debian {SWARM_SUITES[_SWARM_ENGINE]}'s Engine {_SWARM_ENGINE}, started by start-engine: not the machine's"
    return {"client": "docker CLI", "docker_cli_version": cli_version(), "swarm_engine": engine, "commands": results}


def _wait_for_a_running_task(upstream: str, service: str) -> None:
    """So that `service ls` shows 1/1 replicas."""
    query = urllib.parse.quote(json.dumps({"service": [service], "desired-state": ["running"]}))
    for _ in range(120):
        tasks = request("GET", f"/tasks?filters={query}", socket_path=upstream).json()
        if any(task["Status"]["State"] == "running" for task in tasks):
            return
        time.sleep(0.5)
    raise RuntimeError(f"{service}: no running task after 60 s")
