"""Records the client scenarios of tests/scenarios through the proxy (cassettes image/*)."""

from __future__ import annotations

from typing import Any

from docker_engine import DockerClient

from ...scenarios import ClientScenario, live_env, load_all
from ..scenario import scenario


def _recorder(client_scenario: ClientScenario) -> Any:
    def record(socket_path: str, upstream: str) -> dict[str, Any]:
        with live_env(client_scenario, upstream) as env:
            with DockerClient(f"unix://{socket_path}", docker_config=False) as docker:
                client_scenario.body(docker, env)
            return env.meta()

    record.__doc__ = client_scenario.body.__doc__
    return record


for _scenario in load_all().values():
    scenario(_scenario.cassette)(_recorder(_scenario))
