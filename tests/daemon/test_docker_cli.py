"""Self-test of recorder + replay with a client nobody here wrote: the docker CLI.

* ``test_replay_committed_cassette[...]``: replays ``cassettes/cli/*.jsonl`` to the docker CLI and expects the
  output recorded live. Needs the ``docker`` binary only, no daemon.
* ``test_record_then_replay_live[...]``: records each ``cli/*`` scenario against the live daemon into a temp dir,
  replays it and compares CLI output (needs the daemon; ``cli/swarm_ls``, which makes a swarm on an Engine
  start-engine starts, only with ``--live``).
"""

from __future__ import annotations

import pathlib
import sys

import pytest

from tests.daemon import cassette as cf
from tests.daemon.replay import ReplayDaemon
from tests.daemon.scenario import CASSETTE_DIR, record, select
from tests.daemon.scenarios.cli import cli_version, docker_binary, run_commands
from tests.support.engine import docker_available
from tests.support.engines import cannot_start_engines, running_suite

COMMITTED = sorted((CASSETTE_DIR / "cli").glob("*.jsonl"))
CLI_SCENARIOS = select(["cli"])


def _require_cli() -> None:
    if docker_binary() is None:
        reason = "docker CLI binary not found on PATH"
        print(f"SKIP: {reason}", file=sys.stderr)
        pytest.skip(reason)


def _replay_commands(path: pathlib.Path) -> tuple[list[dict], ReplayDaemon]:
    meta = cf.load(path).header["meta"]
    daemon = ReplayDaemon(path, strict=False)
    with daemon as sock:
        results = run_commands(sock, [c["argv"] for c in meta["commands"]])
    return results, daemon


def _assert_same(recorded: list[dict], replayed: list[dict]) -> None:
    for rec, rep in zip(recorded, replayed, strict=True):
        assert rep == rec, f"docker {' '.join(rec['argv'])}: replayed output differs from the live output"


def test_committed_cassettes_present() -> None:
    names = {p.stem for p in COMMITTED}
    assert names == {
        s.name.split("/", 1)[1] for s in CLI_SCENARIOS
    }, "re-record: python -m tests.daemon record --only cli"


@pytest.mark.parametrize("path", COMMITTED, ids=lambda p: p.stem)
def test_replay_committed_cassette(path: pathlib.Path) -> None:
    _require_cli()
    header = cf.load(path).header
    recorded = header["meta"]["commands"]
    replayed, daemon = _replay_commands(path)
    report = daemon.report()
    recorded_cli, here = header["meta"]["docker_cli_version"], cli_version()
    if here != recorded_cli and (report or replayed != recorded):
        # Another CLI release sends other requests / prints other messages: not a replay bug.
        reason = f"{here!r} is not the recording CLI {recorded_cli!r} and behaves differently"
        print(f"SKIP: {reason}\n{report}", file=sys.stderr)
        pytest.skip(reason)
    assert not report, report
    _assert_same(recorded, replayed)
    # the CLI negotiated through HEAD /_ping and then used the daemon's (lower) API version
    targets = [e.target for e in daemon.cassette.exchanges]
    assert targets[0] == "/_ping" and all(t.startswith("/v1.41/") for t in targets if t != "/_ping")


@pytest.mark.parametrize("scenario", CLI_SCENARIOS, ids=lambda s: s.name)
def test_record_then_replay_live(scenario, tmp_path: pathlib.Path, request: pytest.FixtureRequest) -> None:
    _require_cli()
    reason = docker_available()
    if reason:
        pytest.skip(reason)
    if scenario.suite is None:
        c = record(scenario, root=tmp_path)
    else:
        if not request.config.getoption("--live"):
            pytest.skip(f"{scenario.name} runs on {scenario.suite}'s Engine (start-engine) and makes a swarm: only with --live")
        reason = cannot_start_engines()
        if reason:
            pytest.skip(f"no {scenario.suite} Engine can be started here: {reason}")
        with running_suite(scenario.suite) as upstream:
            c = record(scenario, root=tmp_path, upstream=upstream)
    assert c.header["engine_version"] and c.header["api_version"] == "1.41"
    assert [e.method for e in c.exchanges if e.target == "/_ping"][:1] == ["HEAD"]
    live = c.header["meta"]["commands"]
    assert all(cmd["stdout"] or cmd["stderr"] or cmd["argv"][0] == "tag" for cmd in live)
    replayed, daemon = _replay_commands(c.path)
    assert not daemon.report(), daemon.report()
    _assert_same(live, replayed)
