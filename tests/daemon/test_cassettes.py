"""Hygiene of the committed cassettes: loadable, blobs present and referenced, secrets redacted, size budget."""

from __future__ import annotations

import pathlib

import pytest

from tests.daemon import cassette as cf
from tests.daemon.scenario import CASSETTE_DIR

BUDGET = 30_000_000  # issue 13: the whole cassettes/ tree stays under 30 MB
CASSETTES = sorted(CASSETTE_DIR.rglob("*.jsonl"))


def test_total_size_within_budget() -> None:
    total = sum(p.stat().st_size for p in CASSETTE_DIR.rglob("*") if p.is_file())
    assert total < BUDGET, f"cassettes use {total} bytes, over the budget of {BUDGET}"


@pytest.mark.parametrize("path", CASSETTES, ids=lambda p: str(p.relative_to(CASSETTE_DIR)))
def test_cassette_is_consistent(path: pathlib.Path) -> None:
    c = cf.load(path)
    assert c.header["format"] == cf.FORMAT
    assert c.header["cassette"] == str(path.relative_to(CASSETTE_DIR).with_suffix(""))
    assert [e.index for e in c.exchanges] == list(range(len(c.exchanges)))
    for digest in cf.referenced_blobs(path):
        assert c.blob(digest).exists(), f"{path}: missing blob {digest}"
    for e in c.exchanges:
        for name, value in e.request["headers"].items():
            if name.lower() in ("x-registry-auth", "x-registry-config"):
                assert str(value).startswith("<redacted:len="), f"{e.describe()}: {name} not redacted"
        body = e.request.get("body") or {}
        if e.target.split("?")[0].endswith("/auth"):
            assert body == {} or body.get("redacted"), f"{e.describe()}: /auth body stored"


@pytest.mark.parametrize("directory", sorted({p.parent for p in CASSETTES}), ids=lambda p: p.name)
def test_no_unreferenced_blobs(directory: pathlib.Path) -> None:
    used: set[str] = set()
    for path in directory.glob("*.jsonl"):
        used |= cf.referenced_blobs(path)
    present = {b.name.removesuffix(".gz") for b in (directory / "blobs").glob("*.gz")}
    assert present <= used, f"unreferenced blobs (python -m tests.daemon record cleans them): {present - used}"
