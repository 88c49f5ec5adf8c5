"""Every client scenario, replayed from its cassette through the client's real transport.

With `--live` the same bodies run against the Engine instead (skipped without one).
A request that differs from the recorded one fails the test with the replay daemon's diff.
"""

from __future__ import annotations

import warnings

import pytest

from docker_engine import DockerClient
from docker_engine._runtime.decoding import LenientDecodeWarning

from ..daemon import cassette
from ..daemon.replay import ReplayDaemon
from ..daemon.scenario import CASSETTE_DIR
from ..scenarios import Env, load_all, live_env
from ..support.engine import daemon_socket, docker_available

SCENARIOS = load_all()


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_scenario(name: str, request: pytest.FixtureRequest) -> None:
    scenario = SCENARIOS[name]
    with warnings.catch_warnings():
        # The models must fit what the daemon sends: a lenient fallback here is a defect.
        warnings.simplefilter("error", LenientDecodeWarning)
        if request.config.getoption("--live"):
            reason = docker_available()
            if reason:
                pytest.skip(reason)
            with live_env(scenario, daemon_socket()) as env, DockerClient(f"unix://{daemon_socket()}", docker_config=False) as docker:
                scenario.body(docker, env)
            return
        path = CASSETTE_DIR / f"{scenario.cassette}.jsonl"
        header = cassette.load(path).header
        env = Env(**header["meta"])
        with ReplayDaemon(path) as socket_path, DockerClient(f"unix://{socket_path}", docker_config=False) as docker:
            scenario.body(docker, env)
