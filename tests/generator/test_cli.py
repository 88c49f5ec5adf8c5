"""The command line: exit codes, messages, --check, and that bad input writes nothing."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from generator.cli import main

from ..conftest import spec_path
from ..hostile.support import plant_output

BAD_SPECS = sorted((Path(__file__).parent / "bad_specs").glob("*.yaml"))


def tree_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def previous_output(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    (out / "docs").mkdir(parents=True)
    (out / "docs" / "Keep.md").write_text("previous generation\n")
    return out


@pytest.mark.parametrize("spec", BAD_SPECS, ids=[p.stem for p in BAD_SPECS])
def test_bad_spec_exits_2_with_a_located_message_and_writes_nothing(
    spec: Path, previous_output: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = [line.split(":", 1)[1].strip() for line in spec.read_text().splitlines() if line.startswith("# expect:")]
    before = tree_digest(previous_output)
    code = main(["--spec", str(spec), "--out", str(previous_output)])
    err = capsys.readouterr().err
    assert code == 2, err
    for fragment in expected:
        assert fragment in err
    assert "Traceback" not in err
    assert "nothing was written" in err
    assert tree_digest(previous_output) == before


def test_missing_spec_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--spec", str(tmp_path / "nope.yaml"), "--out", str(tmp_path / "out")])
    assert code == 2
    assert "cannot read the spec: No such file or directory" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_check_reports_stale_missing_and_extra_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = str(spec_path("engine-api-v1.44.yaml"))
    out = tmp_path / "out"
    assert main(["--spec", spec, "--out", str(out)]) == 0
    assert main(["--check", "--spec", spec, "--out", str(out)]) == 0
    (out / "docs" / "ImageApi.md").write_text("edited by hand\n")
    (out / "docker_engine" / "models" / "image_summary.py").unlink()
    (out / "docs" / "Stray.md").write_text("not generated\n")
    capsys.readouterr()
    assert main(["--check", "--spec", spec, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "3 file(s) are stale" in err
    for rel in ("docs/ImageApi.md", "docker_engine/models/image_summary.py", "docs/Stray.md"):
        assert f"  {rel}\n" in err


def test_two_generations_write_byte_identical_trees(tmp_path: Path) -> None:
    spec = str(spec_path("engine-api-v1.44.yaml"))
    assert main(["--spec", spec, "--out", str(tmp_path / "a")]) == 0
    assert main(["--spec", spec, "--out", str(tmp_path / "b"), "--no-cache"]) == 0
    assert tree_digest(tmp_path / "a") == tree_digest(tmp_path / "b")


def test_regeneration_replaces_the_whole_tree(tmp_path: Path) -> None:
    spec = str(spec_path("engine-api-v1.44.yaml"))
    # a previous output holding a file this run no longer writes
    out = plant_output(tmp_path / "out", {"docs/ImageApi.md": "older\n", "docs/Stray.md": "written for an older spec\n"})
    assert main(["--spec", spec, "--out", str(out)]) == 0
    assert not (out / "docs" / "Stray.md").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith((".out.new-", ".out.old-"))], "staging folders left behind"


def test_version_names_the_tool_and_the_libraries_that_change_its_output(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    assert re.fullmatch(r"docker-engine-codegen \S+ \(jinja2 \S+, pyyaml \S+, openapi-spec-validator \S+, black \S+, python 3\.\d+\.\d+\)\n", shown), shown


def test_help_shows_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    shown = capsys.readouterr().out
    assert shown.startswith("usage: docker-engine-codegen ")
    assert re.findall(r"^  (\d+) ", shown.split("exit codes:")[1], re.MULTILINE) == ["0", "1", "2", "3", "130"]


def test_spec_sha256_without_a_spec_is_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--spec-sha256", "0" * 64])
    assert done.value.code == 2 and "--spec-sha256 needs --spec" in capsys.readouterr().err


def test_out_defaults_to_generated_in_the_current_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--spec", str(spec_path("engine-api-v1.44.yaml"))]) == 0
    assert (tmp_path / "generated" / "docker_engine" / "py.typed").is_file()
