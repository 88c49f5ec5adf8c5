"""The emitted Python is exactly what black writes, and a cold run does not need black to get
there for the files it copies: the runtime (templates/runtime/*.py) is committed in black's
layout and copied verbatim."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import black
import pytest

from generator import formatting
from generator.generate import Options, generate, runtime_files
from generator.resources import RUNTIME

from ..conftest import spec_path

MODE = black.Mode(line_length=formatting.LINE_LENGTH, target_versions={black.TargetVersion.PY310})


def _changed_by_black(files: dict[str, str]) -> list[str]:
    return [path for path, source in sorted(files.items()) if path.endswith(".py") and black.format_str(source, mode=MODE) != source]


def test_every_runtime_file_is_black_clean_as_committed() -> None:
    sources = {path.name: path.read_text(encoding="utf-8") for path in sorted(RUNTIME.glob("*.py"))}
    assert len(sources) >= 20
    assert _changed_by_black(sources) == []


@dataclass(frozen=True)
class ColdRun:
    files: dict[str, str]
    formatted: list[str]  # the sources black was run on


@pytest.fixture(scope="module")
def cold_run() -> Iterator[ColdRun]:
    """The v1.44 output of a run that uses no cache, with the sources it ran black on."""
    formatted: list[str] = []

    def spy(source: str) -> str:
        formatted.append(source)
        return original(source)

    original = formatting._format
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(formatting, "_PARALLEL_THRESHOLD", 10**9)  # in this process, where the spy is
        patch.setattr(formatting, "_format", spy)
        files = generate(Options(spec=str(spec_path("engine-api-v1.44.yaml")), use_cache=False))
    yield ColdRun(files, formatted)


def test_the_runtime_is_emitted_verbatim_and_black_never_runs_on_it(cold_run: ColdRun) -> None:
    runtime = runtime_files()
    assert {path: cold_run.files[path] for path in runtime} == runtime
    assert runtime == {f"docker_engine/_runtime/{p.name}": p.read_text(encoding="utf-8") for p in RUNTIME.glob("*.py")}
    assert not set(runtime.values()) & set(cold_run.formatted)


def test_a_cold_run_lays_out_every_line_itself(cold_run: ColdRun) -> None:
    assert cold_run.formatted == []


def test_a_cold_run_with_an_empty_cache_does_not_import_black(tmp_path: Path) -> None:
    """Importing black costs more than the rest of the formatting: a v1.44 run must not need it."""
    program = (
        "import sys\n"
        "from generator.cli import main\n"
        f"status = main(['--spec', {str(spec_path('engine-api-v1.44.yaml'))!r}, '--out', {str(tmp_path / 'out')!r}])\n"
        "print(status, sorted(name for name in sys.modules if name == 'black' or name.startswith('black.')))\n"
    )
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_STATE_HOME": str(tmp_path / "state")}
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, env=environment, timeout=300, check=True)
    assert result.stdout.splitlines()[-1] == "0 []"
    assert (tmp_path / "out" / "docker_engine" / "_versions.py").is_file()


def test_black_changes_nothing_in_any_emitted_file(cold_run: ColdRun) -> None:
    python = [path for path in cold_run.files if path.endswith(".py")]
    assert len(python) > 250 and any(path.startswith("docker_engine/_runtime/") for path in python)
    assert _changed_by_black(cold_run.files) == []


@pytest.mark.parametrize(
    "source",
    [
        "# " + "a comment longer than a line; " * 4 + "the end\n",
        "def f() -> None:\n    # " + "an indented comment longer than a line; " * 3 + "the end\n    return None\n",
    ],
)
def test_a_long_comment_line_needs_no_black(source: str) -> None:
    assert black.format_str(source, mode=MODE) == source
    assert not formatting.needs_black(source)


def test_a_long_code_line_with_a_trailing_comment_needs_black() -> None:
    source = "ends: list[BodyField] = field(default_factory=list)  # fields (or values) whose path ends here\n"
    assert black.format_str(source, mode=MODE) != source
    assert formatting.needs_black(source)


STATEMENTS = '''"""A module whose long lines are at several depths."""

from typing import Annotated, Literal

Kind = Annotated[Literal["first-value", "second-value", "third-value", "fourth-value"], object]


class Outer:
    """A class."""

    field: Annotated[Literal["first-value", "second-value", "third-value"], object] | None = None

    @staticmethod
    @decorator_with_a_long_name(argument_number_one="one", argument_number_two="two", three=3)
    def method(first_argument: int, second_argument: str, third_argument: bytes) -> None:
        if first_argument:
            call_something(first_argument, second_argument, third_argument, keyword="a value")  # why
        return None

    class Inner:
        nested: tuple[str, ...] = ("a-long-string-value", "another-long-string", "and-one-more")
'''


def test_formatting_statement_by_statement_gives_what_black_gives_the_whole_file() -> None:
    assert formatting.needs_black(STATEMENTS)
    assert formatting._format(STATEMENTS) == black.format_str(STATEMENTS, mode=MODE) != STATEMENTS
