"""Shared paths for the whole suite."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SPECS = SHARED / "specs"
REFERENCE = SHARED / "reference"


def spec_path(name: str) -> Path:
    path = SPECS / name
    if not path.is_file():
        pytest.skip(f"{path} is not here: the upstream specs live in ../shared/specs/")
    return path


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--live", action="store_true", help="run the client scenarios only against the Docker Engine (not from their cassettes); fail without one")
