"""The docs tell the truth: their Example lines run through the emitted command line.

Docs are generated (in memory) with ``--script-name docker-engine``; a sample of their Example
lines (``support.EXAMPLES``) is filled in and run with ``python -m docker_engine`` against the
recorded daemon (``cassettes/cli_examples/docs.jsonl``, recorded once by the scenario
``cli_examples/docs``: ``python -m tests.daemon record --only cli_examples``). Exit status, stdout,
stderr and written files must be what the live daemon gave.
"""

from __future__ import annotations

import json
import pathlib
import sys
from typing import Any

import pytest

from docker_engine._operations import OPERATIONS
from tests.daemon import cassette as cf
from tests.daemon.replay import ReplayDaemon
from tests.daemon.scenario import CASSETTE_DIR, record, select
from tests.daemon.scenarios.cli_examples import run_examples
from tests.support.engine import docker_available

from . import support

CASSETTE = CASSETTE_DIR / "cli_examples" / "docs.jsonl"
RERECORD = "re-record: python -m tests.daemon record --only cli_examples"


@pytest.fixture(scope="module")
def lines() -> dict[str, str]:
    if not support.SPEC.is_file():
        pytest.skip(f"{support.SPEC} is not here: the upstream specs live in ../shared/specs/")
    return support.example_lines(support.generated_docs())


def test_example_lines_carry_the_script_name(lines: dict[str, str]) -> None:
    assert {op.name for op in OPERATIONS} <= set(lines)
    assert all(line.startswith("docker-engine ") for line in lines.values())
    assert lines["imageList"] == "docker-engine imageList  all=value  filters=value  shared-size=value  digests=value"


def test_the_sample_fills_every_required_parameter(lines: dict[str, str]) -> None:
    ops = {op.name: op for op in OPERATIONS}
    for op_name, values, _ in support.EXAMPLES:
        required = {p.wire for p in ops[op_name].params if p.required and p.location != "body"}
        assert required <= set(values), f"{op_name}: no value for {required - set(values)}"
    assert support.fill(lines["imageBuild"], {"t": ["a", "b"]}) == ["docker-engine", "imageBuild", "t=a", "t=b"]
    assert support.fill(lines["imagePush"], {"name": "x", "X-Registry-Auth": "e30="}) == [
        "docker-engine", "imagePush", "name=x", "X-Registry-Auth:e30="
    ]  # fmt: skip


def _replay(commands: list[list[str]], path: pathlib.Path, workdir: pathlib.Path) -> tuple[list[dict[str, Any]], ReplayDaemon]:
    daemon = ReplayDaemon(path)  # strict: mismatches or unconsumed exchanges fail on exit
    with daemon as sock:
        results = run_examples(sock, commands, str(workdir))
    return results, daemon


def test_docs_examples_replay(lines: dict[str, str], tmp_path: pathlib.Path) -> None:
    meta = cf.load(CASSETTE).header["meta"]
    recorded = meta["commands"]
    commands = support.example_commands(lines)
    assert commands == [c["argv"] for c in recorded], f"the docs' Example lines changed; {RERECORD}"
    replayed, daemon = _replay(commands, CASSETTE, tmp_path)
    for rec, rep in zip(recorded, replayed, strict=True):
        assert rep == rec, f"{' '.join(rec['argv'])}: replayed result differs from the live one"
    by_op = {r["argv"][1]: r for r in replayed}  # the last command of each operation
    assert by_op["systemPing"]["stdout"] == "OK\n"
    assert json.loads(by_op["systemVersion"]["stdout"])["ApiVersion"] == "1.41"
    missing = replayed[8]
    assert missing["argv"][1] == "imageInspect" and missing["returncode"] == 1
    assert missing["stderr"].startswith("Error response from daemon: ") and "No such image" in missing["stderr"]
    assert by_op["imageSearch"]["returncode"] == 1
    assert [c["Names"] for c in json.loads(by_op["containerList"]["stdout"])] == [["/" + support.CONTAINER]]
    assert "Successfully tagged codegen-test/cli-example:b" in by_op["imageBuild"]["stdout"]
    # what went over the wire: repeated t, a JSON body, booleans as the client sends them
    targets = [e.target for e in daemon.cassette.exchanges]
    build = next(t for t in targets if "/build?" in t)
    assert build.count("t=codegen-test%2Fcli-example%3A") == 2
    assert any("/images/codegen-test%2Fbusybox%3Acli-example?noprune=0" in t for t in targets)
    assert all(t == "/_ping" or t.startswith("/v1.41/") for t in targets)


def test_docs_examples_record_then_replay_live(lines: dict[str, str], tmp_path: pathlib.Path) -> None:
    reason = docker_available()
    if reason:
        print(f"SKIP: {reason}", file=sys.stderr)
        pytest.skip(reason)
    (scenario,) = select(["cli_examples/docs"])
    cassette = record(scenario, root=tmp_path / "cassettes")
    recorded = cassette.header["meta"]["commands"]
    expected = cf.load(CASSETTE).header["meta"]["commands"]
    unexpected = [(r["argv"][1:], r["returncode"], r["stderr"]) for r, e in zip(recorded, expected, strict=True) if r["returncode"] != e["returncode"]]
    assert not unexpected, f"exit statuses differ from the committed recording's: {unexpected}"
    replayed, _ = _replay([c["argv"] for c in recorded], cassette.path, tmp_path / "work")
    assert replayed == recorded
