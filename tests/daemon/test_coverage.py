"""Every operation of the spec is recorded with a success, and with a 4xx where the spec declares
one, from Engines 20.10 and 28.5; what is not is listed, with why, in coverage_exceptions.yaml."""

from __future__ import annotations

import collections
import json
import pathlib

import pytest

from tests.conftest import spec_path
from tests.daemon import coverage
from tests.daemon.coverage import ERROR, SUCCESS, BadExcuses, Gap


@pytest.fixture(scope="module")
def operations() -> list[coverage.Operation]:
    return coverage.spec_operations(spec_path("engine-api-v1.44.yaml"))


@pytest.fixture(scope="module")
def recorded_gaps(operations: list[coverage.Operation]) -> set[Gap]:
    return coverage.gaps(operations, coverage.count(operations))


@pytest.fixture(scope="module")
def excuses(operations: list[coverage.Operation]) -> list[coverage.Excuse]:
    return coverage.load_exceptions(operations=operations)


def test_every_gap_is_excused(recorded_gaps: set[Gap], excuses: list[coverage.Excuse]) -> None:
    excused = set().union(*(excuse.gaps for excuse in excuses))
    unexcused = sorted(map(str, recorded_gaps - excused))
    assert not unexcused, "record these, or list them with a reason in coverage_exceptions.yaml:\n" + "\n".join(unexcused)


def test_every_excuse_is_still_needed(recorded_gaps: set[Gap], excuses: list[coverage.Excuse]) -> None:
    stale = sorted(f"{gap} ({excuse.reason})" for excuse in excuses for gap in excuse.gaps - recorded_gaps)
    assert not stale, "covered now (or never a gap): delete from coverage_exceptions.yaml:\n" + "\n".join(stale)


def test_no_gap_is_excused_twice(excuses: list[coverage.Excuse]) -> None:
    times = collections.Counter(gap for excuse in excuses for gap in excuse.gaps)
    assert not [str(gap) for gap, n in times.items() if n > 1]


# --- the counting itself, on cassettes made here ---------------------------------------------


def _write_cassette(path: pathlib.Path, engine_version: str, exchanges: list[tuple[str, str, int]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [{"cassette": path.stem, "format": 1, "engine_version": engine_version, "api_version": "1.44", "recorded_at": "", "meta": {}}]
    for index, (method, target, status) in enumerate(exchanges):
        lines.append(
            {
                "exchange": index,
                "conn": 0,
                "request": {"method": method, "target": target, "headers": {}, "body": None},
                "response": {"status": status, "reason": "", "headers": {}, "framing": "none", "complete": True},
            }
        )
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")


def test_counts_per_engine_of_the_header_success_and_4xx_only(operations: list[coverage.Operation], tmp_path: pathlib.Path) -> None:
    _write_cassette(
        tmp_path / "a" / "one.jsonl",
        "20.10.24+dfsg1",
        [
            ("GET", "/v1.41/images/codegen-test/busybox:latest/json", 200),  # slashes of an image name, unencoded
            ("GET", "/v1.41/images/json", 200),
            ("DELETE", "/v1.41/images/codegen-test%2Fgone%3A1", 404),
            ("POST", "/v1.41/auth", 500),  # a 5xx is neither
        ],
    )
    _write_cassette(tmp_path / "b" / "two.jsonl", "28.5.2", [("HEAD", "/_ping", 200), ("POST", "/v1.44/containers/x/wait", 400)])
    engines = coverage.count(operations, tmp_path)
    assert list(engines) == ["20.10", "28.5"]
    assert engines["20.10"].succeeded == {"ImageInspect", "ImageList"}
    assert engines["20.10"].failed_4xx == {"ImageDelete"}
    assert engines["28.5"].succeeded == {"SystemPingHead"} and engines["28.5"].failed_4xx == {"ContainerWait"}

    found = coverage.gaps(operations, engines, required=["20.10"])
    assert Gap("20.10", "ImageInspect", SUCCESS) not in found and Gap("20.10", "ImageDelete", ERROR) not in found
    assert Gap("20.10", "ImageDelete", SUCCESS) in found and Gap("20.10", "SystemAuth", ERROR) in found
    assert Gap("20.10", "ImageList", ERROR) not in found  # the spec declares no 4xx for it

    table = coverage.table(operations, engines)
    assert "| Image | 15 | 2/15 | 1/8 | 0/15 | 0/8 |" in table


def test_exceptions_file_is_checked(operations: list[coverage.Operation], tmp_path: pathlib.Path) -> None:
    path = tmp_path / "exceptions.yaml"
    path.write_text('- {operations: [NoSuchOperation], engines: ["20.10"], missing: [success], reason: "x"}\n')
    with pytest.raises(BadExcuses, match="NoSuchOperation"):
        coverage.load_exceptions(path, operations)
    path.write_text('- {operations: [ImageList], engines: ["20.10"], missing: [success], reason: " "}\n')
    with pytest.raises(BadExcuses, match="empty reason"):
        coverage.load_exceptions(path, operations)
    path.write_text('- {operations: [ImageList], engines: ["20.10"], missing: [failure], reason: "x"}\n')
    with pytest.raises(BadExcuses, match="missing is a list"):
        coverage.load_exceptions(path, operations)
    path.write_text('- {operations: [ImageList, ImageTag], engines: ["20.10", "28.5"], missing: [4xx], reason: "why"}\n')
    (excuse,) = coverage.load_exceptions(path, operations)
    assert excuse.gaps == {Gap(engine, op, ERROR) for engine in ("20.10", "28.5") for op in ("ImageList", "ImageTag")}
