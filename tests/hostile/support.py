"""Checks shared by the hostile tests: what "generates correct code" means."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

CHECKER = Path(__file__).resolve().parent / "check_package.py"


def plant_output(folder: Path, files: dict[str, str]) -> Path:
    """A previous output of the generator holding `files` (and its marker listing them)."""
    from generator.target import MARKER, marker_text

    for rel, text in {**files, MARKER: marker_text(files)}.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(text, encoding="utf-8")
    return folder


def tree_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@functools.lru_cache(maxsize=None)
def _black_changes(source: str) -> bool:
    import black

    mode = black.Mode(line_length=88, target_versions={black.TargetVersion.PY310})
    return black.format_str(source, mode=mode) != source


def static_problems(out: Path) -> list[str]:
    """Every .py compiles and is black-stable; nothing is written outside `out`."""
    problems = []
    for path in sorted(out.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        rel = path.relative_to(out).as_posix()
        try:
            compile(source, rel, "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as error:
            problems.append(f"{rel}: does not compile: {error}")
            continue
        if _black_changes(source):
            problems.append(f"{rel}: black would reformat it")
    return problems


def import_check(out: Path, cases: list[dict[str, object]] | None = None) -> dict[str, object]:
    """Import the generated package in a fresh interpreter; see check_package.py."""
    args = [sys.executable, str(CHECKER), str(out)]
    if cases is not None:
        cases_file = out.parent / f"{out.name}-cases.json"
        cases_file.write_text(json.dumps(cases), encoding="utf-8")
        args.append(str(cases_file))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(out)
    done = subprocess.run(args, capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, f"the import check crashed:\n{done.stdout}\n{done.stderr}"
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result
