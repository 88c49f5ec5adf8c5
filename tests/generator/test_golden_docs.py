"""The Markdown docs equal what swagger-codegen 2.x's `bash` generator writes, byte for byte.

The golden records in ../shared/reference/swagger-codegen/ were written by the real generator
(../shared/tools/swagger-codegen-oracle); `python -m tools.docs_oracle golden SPEC DIR` writes
one for any other spec. Every docs/*.md of a record must be among ours and equal, and our README
must equal its README from "## Documentation for API Endpoints" to the end.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from generator.generate import Options, load_ir
from generator.render import environment, render_docs
from tools.docs_oracle import README_TAIL, our_docs, readme_tail

from ..conftest import REFERENCE, SPECS

GOLDEN = REFERENCE / "swagger-codegen"
RECORDS = sorted(p.name for p in GOLDEN.iterdir() if p.is_dir()) if GOLDEN.is_dir() else []


def _spec_of(record: str) -> Path:
    for path in (SPECS / f"{record}.yaml", SPECS / "history" / f"{record}.yaml"):
        if path.is_file():
            return path
    pytest.skip(f"no spec file for the golden record {record}")


@lru_cache(maxsize=None)
def _ours(record: str) -> dict[str, str]:
    return our_docs(str(_spec_of(record)))


def _golden_files() -> list[tuple[str, str]]:
    return [(record, path.name) for record in RECORDS for path in sorted((GOLDEN / record / "docs").glob("*.md"))]


def test_the_five_golden_records_are_here() -> None:
    if not GOLDEN.is_dir():
        pytest.skip(f"{GOLDEN} is not here")
    assert len(RECORDS) == 5 and len(_golden_files()) > 1000


@pytest.mark.parametrize(("record", "name"), _golden_files())
def test_doc_file_is_byte_identical(record: str, name: str) -> None:
    ours = _ours(record)
    assert f"docs/{name}" in ours, f"we write no docs/{name}"
    assert ours[f"docs/{name}"].encode("utf-8") == (GOLDEN / record / "docs" / name).read_bytes()


@pytest.mark.parametrize("record", RECORDS)
def test_readme_is_byte_identical_from_the_endpoint_table_on(record: str) -> None:
    golden = (GOLDEN / record / "README.md").read_text(encoding="utf-8")
    ours = _ours(record)["README.md"]
    assert README_TAIL in ours
    assert readme_tail(ours).encode("utf-8") == readme_tail(golden).encode("utf-8")


@pytest.mark.parametrize("record", RECORDS)
def test_we_write_no_model_doc_the_generator_does_not(record: str) -> None:
    golden = {p.name for p in (GOLDEN / record / "docs").glob("*.md")}
    ours = {name.removeprefix("docs/") for name in _ours(record) if name.startswith("docs/")}
    assert ours - golden == set()


def test_every_model_doc_leads_to_its_python_class_in_one_hop() -> None:
    """A model doc is named as its class, or the README's table names the class."""
    spec = load_ir(Options(spec=str(SPECS / "engine-api-v1.44.yaml")))
    classes = {m.python_name for m in spec.models}
    readme = render_docs(spec, environment())["README.md"]
    table = readme[readme.index("## Model docs and Python classes") : readme.index(README_TAIL)]
    renamed = dict(re.findall(r"^\[(\w+)\]\(docs/\w+\.md\) \| `(\w+)`$", table, re.MULTILINE))
    documented = re.findall(r"^ - \[(\w+)\]\(docs/\w+\.md\)$", readme_tail(readme), re.MULTILINE)
    assert "ClusterVolume_Info" in renamed and "ImageSummary" in documented
    for doc in documented:
        assert renamed.get(doc, doc) in classes, doc
