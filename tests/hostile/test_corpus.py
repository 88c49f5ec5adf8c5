"""A corpus of hostile specs: each generates correct code or exits 2 with a located message.

Each case is a spec and its expectation side by side. The files in specs/ carry theirs in
their header comments (`# expect: generates` or `# expect: exit 2` and `# message:` lines);
the few specs too big to keep as files are made here, with their expectations beside them.
"Correct code" means: every .py compiles, black would change none, and in a fresh
interpreter every module imports, every model force-builds and validates `{}`, every
client attribute resolves to its API group, and every API method builds its request
(see check_package.py), and the instances of its `# round trip: Model {json}` lines come
back from decoding and dumping unchanged. Refused specs exit 2, name the place, and leave
--out untouched.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest

from generator.cli import main

from .support import import_check, plant_output, static_problems, tree_digest

SPECS = Path(__file__).resolve().parent / "specs"
HEADER = 'swagger: "2.0"\ninfo: {title: t, version: "1.0"}\n'


@dataclass(frozen=True)
class Case:
    name: str
    text: Callable[[], str]
    generates: bool
    messages: list[str] = field(default_factory=list)
    round_trips: list[dict[str, object]] = field(default_factory=list)


def _file_case(path: Path) -> Case:
    text = path.read_text(encoding="utf-8")
    expect = [line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("# expect:")]
    messages = [line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("# message:")]
    assert expect in (["generates"], ["exit 2"]), f"{path.name}: needs one '# expect: generates' or '# expect: exit 2'"
    assert expect == ["generates"] or messages, f"{path.name}: an exit-2 spec needs '# message:' lines"
    round_trips = [_round_trip_case(line.split(":", 1)[1]) for line in text.splitlines() if line.startswith("# round trip:")]
    return Case(path.name, lambda: text, expect == ["generates"], messages, round_trips)


def _round_trip_case(text: str) -> dict[str, object]:
    """`# round trip: ModelName {json}`: an instance that must come back unchanged."""
    model, instance = text.strip().split(" ", 1)
    return {"model": model, "instance": json.loads(instance)}


def deep_properties(depth: int) -> str:
    """properties: {a: {properties: {a: ...}}} `depth` levels deep, in flow style."""
    return HEADER + "paths: {}\ndefinitions:\n  Deep: " + "{properties: {a: " * depth + "{type: string}" + "}}" * depth + "\n"


def ref_chain(length: int) -> str:
    lines = [HEADER + "paths: {}\ndefinitions:"]
    lines += [f"  D{i}: {{type: object, properties: {{next: {{$ref: '#/definitions/D{i + 1}'}}}}}}" for i in range(length)]
    lines.append(f"  D{length}: {{type: object, properties: {{end: {{type: string}}}}}}")
    return "\n".join(lines) + "\n"


def huge_description(megabytes: int) -> str:
    words = ('lorem """ ipsum \\ {{ x }} | ' * (megabytes * 1024 * 1024 // 27)).strip()
    return HEADER + f"""paths:
  /big:
    get:
      operationId: BigGet
      description: '{words}'
      responses: {{200: {{description: ok, schema: {{$ref: '#/definitions/Big'}}}}}}
definitions:
  Big: {{type: object, description: '{words}', properties: {{x: {{type: string, description: '{words}'}}}}}}
"""


CASES = [_file_case(p) for p in sorted(SPECS.glob("*.yaml"))] + [
    # made here, too big to keep as files:
    # 3,000 levels of properties: past what the YAML parser reads
    Case("deep_properties_3000.yaml", lambda: deep_properties(3000), False, ["deep_properties_3000.yaml:5: invalid YAML: exceeded maximum nesting depth"]),
    # 300 levels: the YAML parser reads them, the loader refuses them where they go too deep
    Case("deep_properties_300.yaml", lambda: deep_properties(300), False, ["deep_properties_300.yaml:5: at /definitions/Deep/properties/a/properties/a/", "nests more than 100 levels deep"]),
    # 40 levels of inline objects: 40 nested models, more than pydantic can build
    Case("deep_properties_40.yaml", lambda: deep_properties(40), False, ["at /definitions/Deep", "models nest 40 levels deep"]),
    Case("deep_properties_30.yaml", lambda: deep_properties(30), True),
    # a $ref chain of 3,000 definitions: refused at its start
    Case("ref_chain_3000.yaml", lambda: ref_chain(3000), False, ["at /definitions/D0 models nest 3001 levels deep (D0 → D1 → D2 → …)"]),
    Case("ref_chain_30.yaml", lambda: ref_chain(30), True),
    # 5 MB descriptions (three of them, with quotes, backslashes, Jinja and pipes) generate
    Case("huge_description_5mb.yaml", lambda: huge_description(5), True),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_spec(case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / case.name
    spec.write_text(case.text(), encoding="utf-8")
    out = plant_output(tmp_path / "out", {"docs/Keep.md": "previous generation\n"})
    before = tree_digest(out)

    code = main(["--spec", str(spec), "--out", str(out)])
    captured = capsys.readouterr()

    assert "Traceback" not in captured.err
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([spec.name, "out"]), "files written beside --out"
    if not case.generates:
        assert code == 2, captured.err
        for fragment in case.messages:
            assert fragment in captured.err, f"{fragment!r} not in:\n{captured.err}"
        assert "nothing was written" in captured.err
        assert tree_digest(out) == before
        return
    assert code == 0, captured.err
    assert not static_problems(out)
    result = import_check(out, case.round_trips)
    assert not result["failures"], "\n".join(map(str, result["failures"]))
