"""Users' code against the emitted package, under `mypy --strict` and pyright in strict mode,
neither with a plugin (data files: `good/`, `bad/`).

Every script of `good/` type-checks clean under both. Every script of `bad/` holds one
deliberate mistake, on the line marked `# error: <what>`; both checkers must report an error
on that line and on no other. Each checker runs once over the whole corpus (CI time).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
GENERATED = HERE.parent.parent / "generated"
GOOD = sorted((HERE / "good").glob("*.py"))
BAD = sorted((HERE / "bad").glob("*.py"))
MARK = re.compile(r"#\s*error:\s*\S")


def _marked_lines(path: Path) -> set[int]:
    return {n for n, line in enumerate(path.read_text().splitlines(), 1) if MARK.search(line)}


def _relative(path: str | Path) -> str:
    resolved = Path(path).resolve()
    if resolved.name == README_SCRIPT:
        return "good/" + README_SCRIPT
    return str(resolved.relative_to(HERE))


README_SCRIPT = "generated_readme_snippets.py"


@pytest.fixture(scope="module")
def readme_script(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """generated/README.md's python blocks, in order, as one user script."""
    from tests.emitted_cli import support

    path = tmp_path_factory.mktemp("readme") / README_SCRIPT
    path.write_text("\n".join(support.python_blocks(support.readme_text())))
    return path


@pytest.fixture(scope="module")
def mypy_errors(tmp_path_factory: pytest.TempPathFactory, readme_script: Path) -> dict[str, set[int]]:
    # No config file: --strict alone, no plugin. The package is found as users' site-packages
    # would hold it (MYPYPATH), not through the editable install's import hook.
    cache = tmp_path_factory.mktemp("mypy-cache")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file=", "--cache-dir", str(cache),
         "--show-absolute-path", "--no-error-summary", *map(str, GOOD + BAD + [readme_script])],
        capture_output=True, text=True, env={**os.environ, "MYPYPATH": str(GENERATED)}, cwd=HERE,
    )
    assert result.returncode in (0, 1), result.stdout + result.stderr
    found: dict[str, set[int]] = defaultdict(set)
    for line in result.stdout.splitlines():
        match = re.match(r"^(.+?\.py):(\d+): error: ", line)
        if match:
            found[_relative(match[1])].add(int(match[2]))
    return found


@pytest.fixture(scope="module")
def pyright_errors(readme_script: Path) -> dict[str, set[int]]:
    basedpyright = Path(sys.executable).with_name("basedpyright")
    files = [str(p) for p in GOOD + BAD + [readme_script]]
    result = subprocess.run(
        [str(basedpyright), "--outputjson", "--project", str(HERE / "pyrightconfig.json"), "--pythonpath", sys.executable, *files],
        capture_output=True, text=True, cwd=HERE,
    )
    report = json.loads(result.stdout)
    assert report["summary"]["filesAnalyzed"] == len(files), report["summary"]
    found: dict[str, set[int]] = defaultdict(set)
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] == "error":
            found[_relative(diagnostic["file"])].add(diagnostic["range"]["start"]["line"] + 1)
    return found


def test_the_corpus_is_there() -> None:
    assert len(GOOD) >= 10 and len(BAD) >= 7
    for path in BAD:
        assert len(_marked_lines(path)) == 1, f"{path.name}: mark exactly one line with '# error: <what>'"


@pytest.mark.parametrize("checker", ["mypy_errors", "pyright_errors"])
def test_users_scripts_type_check_clean(checker: str, request: pytest.FixtureRequest) -> None:
    errors: dict[str, set[int]] = request.getfixturevalue(checker)
    dirty = {name: sorted(lines) for name, lines in errors.items() if name.startswith("good/")}
    assert dirty == {}


@pytest.mark.parametrize("checker", ["mypy_errors", "pyright_errors"])
def test_each_mistake_is_reported_on_its_line(checker: str, request: pytest.FixtureRequest) -> None:
    errors: dict[str, set[int]] = request.getfixturevalue(checker)
    expected = {_relative(path): _marked_lines(path) for path in BAD}
    reported = {name: errors.get(name, set()) for name in expected}
    assert reported == expected


def test_every_top_level_name_is_exported_and_importable() -> None:
    import ast

    import docker_engine

    tree = ast.parse((GENERATED / "docker_engine" / "__init__.py").read_text())
    reexported = {
        alias.asname
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.asname == alias.name
    }
    assert set(docker_engine.__all__) == reexported | {"API_VERSION"}
    for name in docker_engine.__all__:
        assert getattr(docker_engine, name) is not None
