"""Compare our Markdown docs with swagger-codegen 2.x's, and make golden records with its oracle.

    python -m tools.docs_oracle compare SPEC GOLDEN_DIR   # identical/total doc files, and which differ
    python -m tools.docs_oracle golden SPEC GOLDEN_DIR    # run the oracle, keep docs/ and README.md

`golden` needs the oracle built by ../shared/tools/swagger-codegen-oracle/build.sh (Java); its
`run` script is found at $SWAGGER_CODEGEN_ORACLE (default ${TMPDIR:-/tmp}/swagger-codegen-oracle/run).
A golden record is what tests/generator/test_golden_docs.py reads: GOLDEN_DIR/docs/*.md and
GOLDEN_DIR/README.md.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from generator.generate import Options, load_ir
from generator.render import environment, render_docs

README_TAIL = "## Documentation for API Endpoints"


def readme_tail(text: str) -> str:
    """The part of a README the oracle decides: from the endpoint table's heading to the end."""
    start = text.find(README_TAIL)
    return text[start:] if start >= 0 else ""


def our_docs(spec: str) -> dict[str, str]:
    """docs/*.md and README.md as our generator writes them for `spec`."""
    ir = load_ir(Options(spec=spec))
    return render_docs(ir, environment())


def compare(spec: str, golden: Path) -> list[str]:
    """Names of the golden files ours differ from (the README compared from README_TAIL on)."""
    ours = our_docs(spec)
    differing = []
    for path in sorted(golden.glob("docs/*.md")):
        name = f"docs/{path.name}"
        if ours.get(name, None) != path.read_text(encoding="utf-8"):
            differing.append(name)
    if readme_tail(ours["README.md"]) != readme_tail((golden / "README.md").read_text(encoding="utf-8")):
        differing.append("README.md")
    return differing


def make_golden(spec: str, golden: Path) -> None:
    default_run = Path(os.environ.get("TMPDIR", "/tmp")) / "swagger-codegen-oracle" / "run"
    run = Path(os.environ.get("SWAGGER_CODEGEN_ORACLE", default_run))
    if not run.is_file():
        sys.exit(f"docs_oracle: no oracle at {run}: build it with ../shared/tools/swagger-codegen-oracle/build.sh")
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([str(run), os.path.abspath(spec), out], check=True, stdout=subprocess.DEVNULL)
        shutil.rmtree(golden / "docs", ignore_errors=True)
        golden.mkdir(parents=True, exist_ok=True)
        shutil.copytree(Path(out) / "docs", golden / "docs")
        shutil.copyfile(Path(out) / "README.md", golden / "README.md")


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] not in ("compare", "golden"):
        print(__doc__, file=sys.stderr)
        return 2
    command, spec, golden = argv[0], argv[1], Path(argv[2])
    if command == "golden":
        make_golden(spec, golden)
        return 0
    differing = compare(spec, golden)
    total = len(list(golden.glob("docs/*.md"))) + 1
    print(f"{Path(spec).name}: {total - len(differing)}/{total} identical")
    for name in differing:
        print("  differs:", name)
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
