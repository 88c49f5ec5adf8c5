"""Every client scenario, replayed from its cassette through the client's real transport,
and run for real against every Engine that is reachable.

A request that differs from the recorded one fails the replayed test with the replay
daemon's diff. Live runs: on the machine's Engine when there is one; on Engines 26.1 and 28.5
(`name@28.5`, the scenarios recorded from them) when they already run (`.ci/run` starts them).
`pytest --live` runs only the live variants, starts the extra Engines it can (and stops them after),
and fails without the machine's Engine.
Swarm scenarios run live only with `--live`, on the Engines start-engine starts (never the
machine's), and are skipped, saying why, where no Engine can be started.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from docker_engine import AsyncDockerClient, DockerClient
from docker_engine._runtime.decoding import LenientDecodeWarning

from ..daemon import cassette
from ..daemon.replay import ReplayDaemon
from ..daemon.scenario import CASSETTE_DIR
from ..scenarios import ENGINE_GROUPS, MACHINE_ENGINE, ClientScenario, Env, live_env, load_all
from ..scenarios.synced import Synced
from ..support.engine import DEFAULT_SOCKET, daemon_socket, docker_available
from ..support.engines import SWARM_SUITES, cannot_start_engines, running_engine, running_suite, socket_if_running

SCENARIOS = load_all()
ENV_FIELDS = {field.name for field in dataclasses.fields(Env)}


def expected_outcome(scenario: ClientScenario) -> Any:
    """A scenario that trips a known client defect is expected to fail (strictly: the fix turns
    it into an unexpected pass, which fails until the mark goes)."""
    return pytest.mark.xfail(strict=True, reason=scenario.known_defect) if scenario.known_defect else ()


def each_swarm_run() -> list[Any]:
    """Every swarm scenario on each swarm Engine (`swarm@28.5`)."""
    return [
        pytest.param(name, engine, marks=expected_outcome(scenario), id=f"{name}@{engine}")
        for name, scenario in sorted(SCENARIOS.items())
        if scenario.swarm
        for engine in SWARM_SUITES
    ]


def each_recording() -> list[Any]:
    """Every scenario from the machine's Engine (its cassette must exist), and from every other
    Engine it was recorded from (`network@28.5`)."""
    return [
        pytest.param(name, engine, marks=expected_outcome(scenario), id=name if engine == MACHINE_ENGINE else f"{name}@{engine}")
        for name, scenario in sorted(SCENARIOS.items())
        for engine in ENGINE_GROUPS
        if (engine == MACHINE_ENGINE and engine in scenario.engines) or (CASSETTE_DIR / f"{scenario.cassette(engine)}.jsonl").exists()
    ]


def each_live_run() -> list[Any]:
    """The recordings whose scenario runs on the Engine it was recorded from (not the swarm ones:
    they need the Engines start-engine starts, `test_live_swarm`)."""
    return [param for param in each_recording() if not SCENARIOS[param.values[0]].swarm]


@pytest.fixture(autouse=True)
def models_fit_what_the_daemon_sends() -> Iterator[None]:
    """A lenient fallback while decoding a scenario's answers is a defect of the models."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", LenientDecodeWarning)
        yield


def recorded(name: str, engine: str, request: pytest.FixtureRequest) -> tuple[ClientScenario, Path, Env]:
    """The scenario, its cassette from `engine` and the environment it was recorded in."""
    if request.config.getoption("--live"):
        pytest.skip("--live: the scenarios run against the Engine instead")
    scenario = SCENARIOS[name]
    path = CASSETTE_DIR / f"{scenario.cassette(engine)}.jsonl"
    meta = cassette.load(path).header["meta"]
    return scenario, path, Env(**{key: value for key, value in meta.items() if key in ENV_FIELDS})


@pytest.mark.parametrize(("name", "engine"), each_recording())
def test_replayed(name: str, engine: str, request: pytest.FixtureRequest) -> None:
    scenario, path, env = recorded(name, engine, request)
    with ReplayDaemon(path) as socket_path, DockerClient(f"unix://{socket_path}", docker_config=False) as docker:
        scenario.body(docker, env)


@pytest.mark.parametrize(("name", "engine"), each_recording())
def test_replayed_async(name: str, engine: str, request: pytest.FixtureRequest) -> None:
    """The async twin sends the same requests as the sync client and gives the same results."""
    scenario, path, env = recorded(name, engine, request)
    loop = asyncio.new_event_loop()
    try:
        with ReplayDaemon(path) as socket_path:
            with Synced(AsyncDockerClient(f"unix://{socket_path}", docker_config=False), loop) as docker:
                scenario.body(docker, env)  # type: ignore[arg-type]
    finally:
        loop.close()


class ExtraEngines:
    """Sockets of Engines 26.1 and 28.5 for the live runs: those already running; under `--live`
    also those started here (stopped at the end of the session)."""

    def __init__(self, stack: contextlib.ExitStack, start: bool) -> None:
        self.stack, self.start = stack, start
        self.failures: dict[str, str] = {}  # Engine → why it could not be started (tried once)

    def socket(self, engine: str) -> str:
        """The Engine's socket, or a skip that says why there is none. Asked again for every test:
        an Engine shared with other runs may have been stopped or restarted since."""
        running = socket_if_running(engine)
        if running:
            return running
        if engine in self.failures:
            pytest.skip(self.failures[engine])
        if not self.start:
            pytest.skip(f"Engine {engine} is not running here (.ci/run and pytest --live start it)")
        try:
            return self.stack.enter_context(running_engine(engine))
        except RuntimeError as failure:
            self.failures[engine] = f"Engine {engine} could not be started: {failure}"
            pytest.skip(self.failures[engine])


@pytest.fixture(scope="session")
def extra_engines(request: pytest.FixtureRequest) -> Iterator[ExtraEngines]:
    with contextlib.ExitStack() as stack:
        yield ExtraEngines(stack, start=request.config.getoption("--live"))


def live_socket(engine: str, request: pytest.FixtureRequest) -> str:
    if engine != MACHINE_ENGINE:
        return request.getfixturevalue("extra_engines").socket(engine)
    reason = docker_available()
    if reason:
        if request.config.getoption("--live"):
            pytest.fail(f"--live needs a Docker Engine: {reason}")
        pytest.skip(reason)
    return daemon_socket()


@pytest.mark.parametrize(("name", "engine"), each_live_run())
def test_live(name: str, engine: str, request: pytest.FixtureRequest) -> None:
    scenario = SCENARIOS[name]
    upstream = live_socket(engine, request)
    with live_env(scenario, upstream) as env, DockerClient(f"unix://{upstream}", docker_config=False) as docker:
        assert engine == MACHINE_ENGINE or env.engine == engine, f"{upstream} is Engine {env.engine}, not {engine}"
        scenario.body(docker, env)


@pytest.mark.parametrize(("name", "engine"), each_swarm_run())
def test_live_swarm(name: str, engine: str, request: pytest.FixtureRequest) -> None:
    if not request.config.getoption("--live"):
        pytest.skip("swarm scenarios run live only with --live: they start Engines with start-engine and make swarms")
    reason = cannot_start_engines()
    if reason:
        pytest.skip(f"no swarm Engine can be started here: {reason}")
    scenario = SCENARIOS[name]
    with running_suite(SWARM_SUITES[engine]) as upstream, live_env(scenario, upstream) as env:
        with DockerClient(f"unix://{upstream}", docker_config=False) as docker:
            scenario.body(docker, env)


def test_swarm_scenarios_refuse_the_machines_engine() -> None:
    """Before anything reaches it: other tests share that Engine, and a swarm changes what they see."""
    with pytest.raises(RuntimeError, match="never on the machine's"):
        with live_env(SCENARIOS["swarm"], DEFAULT_SOCKET):
            pass


def test_the_join_token_and_live_actions_stay_out_of_the_cassette_header() -> None:
    env = Env("swarm", "b", "sha256:x", "", "28.5", "127.0.0.1:4378", "127.0.0.1:4377", "SWMTKN-1-secret", live=object())  # type: ignore[arg-type]
    meta = env.meta()
    assert meta["join_token"] == "<redacted>" and "live" not in meta and meta["peer_addr"] == "127.0.0.1:4377"
    assert Env(**meta).live is None


def test_every_scenario_is_recorded_from_the_engines_issue_13_names() -> None:
    """From Engines 20.10 and 28.5 every scenario; from 26.1 the image and container ones."""
    everywhere = ("image", "container")  # modules of tests/scenarios/

    def engines_for(scenario: ClientScenario) -> list[str]:
        return list(ENGINE_GROUPS) if scenario.body.__module__.rsplit(".", 1)[-1] in everywhere else [MACHINE_ENGINE, "28.5"]

    missing = [
        f"python -m tests.daemon record --only {scenario.cassette(engine)}"
        for scenario in SCENARIOS.values()
        for engine in engines_for(scenario)
        if not (CASSETTE_DIR / f"{scenario.cassette(engine)}.jsonl").exists()
    ]
    assert not missing, "\n".join(missing)


def test_lenient_decoding_is_an_error_in_these_tests() -> None:
    """The replayed scenarios run with LenientDecodeWarning as an error (the fixture above)."""
    with pytest.raises(LenientDecodeWarning):
        warnings.warn("decoded without validation", LenientDecodeWarning, stacklevel=1)
