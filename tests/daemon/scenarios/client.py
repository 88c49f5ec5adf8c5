"""Records the client scenarios of tests/scenarios through the proxy: `client/NAME` from the machine's
Engine 20.10, `client-26.1/NAME` and `client-28.5/NAME` from those Engines (started for the run, or `--socket`).
Swarm scenarios come from the Engines of `SWARM_SUITES` (`client/NAME` from a second Engine 20.10, bookworm's)."""

from __future__ import annotations

from typing import Any

from docker_engine import DockerClient

from ...scenarios import ClientScenario, engine_of, live_env, load_all
from ...support.engines import SWARM_SUITES
from ..scenario import scenario


def _recorder(client_scenario: ClientScenario, engine: str) -> Any:
    def record(socket_path: str, upstream: str) -> dict[str, Any]:
        if engine_of(upstream) != engine:
            raise RuntimeError(
                f"{client_scenario.cassette(engine)} is recorded from Engine {engine}, and {upstream} is Engine {engine_of(upstream)}: "
                "give --socket of one (../shared/tools/engines/start-engine starts them)"
            )
        with live_env(client_scenario, upstream) as env:
            meta = env.meta()
            if client_scenario.swarm:
                meta["swarm_engine"] = f"Debian {SWARM_SUITES[engine]}'s Engine {engine}, started by start-engine: not the machine's"
            with DockerClient(f"unix://{socket_path}", docker_config=False) as docker:
                try:
                    client_scenario.body(docker, env)
                except Exception as failure:
                    if not client_scenario.known_defect:
                        raise
                    # the body sends every request before it checks: the traffic is whole, and the
                    # replays fail (xfail strict) until the defect is fixed
                    meta["failed_while_recording"] = f"{type(failure).__name__}: {failure}"
            return meta

    record.__doc__ = client_scenario.body.__doc__
    return record


for _scenario in load_all().values():
    for _engine in _scenario.engines:
        _suite = SWARM_SUITES[_engine] if _scenario.swarm else None
        scenario(_scenario.cassette(_engine), suite=_suite)(_recorder(_scenario, _engine))
