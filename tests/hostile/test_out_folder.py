"""--out never loses what the generator did not write.

A folder of the user's, a previous output with files added or edited by hand, a link, a
file: refused with exit 2 and the files named, nothing touched (--force replaces the first
ones). Places whose loss would be a disaster are refused even with --force.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.cli import main
from generator.errors import GeneratorError
from generator.target import MARKER, refuse_unsafe_place

from .support import plant_output, tree_digest

SPEC = str(Path(__file__).resolve().parent / "specs" / "minimal.yaml")


def run(out: Path | str, *extra: str) -> int:
    return main(["--spec", SPEC, "--out", str(out), *extra])


def fresh_output(folder: Path) -> Path:
    assert run(folder) == 0
    return folder


def refused(code: int, capsys: pytest.CaptureFixture[str], *fragments: str) -> str:
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Traceback" not in err and "nothing was written" in err
    for fragment in fragments:
        assert fragment in err, err
    return err


def no_staging_left(parent: Path) -> bool:
    return not [p for p in parent.iterdir() if ".new-" in p.name or ".old-" in p.name]


def test_a_folder_of_the_users_is_refused_unless_forced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "project"
    (out / "src").mkdir(parents=True)
    (out / "src" / "main.py").write_text("print('mine')\n")
    (out / "notes.txt").write_text("mine\n")
    before = tree_digest(out)
    refused(run(out), capsys, f"has no {MARKER}", "src/main.py", "notes.txt", "--force")
    assert tree_digest(out) == before and no_staging_left(tmp_path)
    assert run(out, "--force") == 0
    assert (out / MARKER).is_file() and not (out / "notes.txt").exists()


def test_files_added_to_a_previous_output_are_named_and_kept(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = fresh_output(tmp_path / "out")
    (out / "docs").mkdir(exist_ok=True)
    (out / "docs" / "MyNotes.md").write_text("mine\n")
    os.symlink("/etc/passwd", out / "docker_engine" / "link")
    before = tree_digest(out)
    refused(run(out), capsys, "did not write", "docs/MyNotes.md", "docker_engine/link")
    assert tree_digest(out) == before
    assert run(out, "--force") == 0 and not (out / "docs" / "MyNotes.md").exists()


def test_a_generated_file_edited_by_hand_is_named_and_kept(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = fresh_output(tmp_path / "out")
    (out / "README.md").write_text("edited by hand\n")
    refused(run(out, "--no-cache"), capsys, "changed since", "README.md")
    assert (out / "README.md").read_text() == "edited by hand\n"


def test_a_file_a_previous_output_listed_is_replaced(tmp_path: Path) -> None:
    out = plant_output(tmp_path / "out", {"docs/Gone.md": "from an older spec\n"})
    assert run(out) == 0
    assert not (out / "docs" / "Gone.md").exists() and (out / MARKER).is_file()


def test_an_output_from_before_the_marker_is_replaced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """What generated/ was until now: no marker; every file is one the run writes."""
    out = fresh_output(tmp_path / "out")
    (out / MARKER).unlink()
    (out / "README.md").write_text("an older README\n")
    assert run(out, "--no-cache") == 0 and (out / MARKER).is_file()
    (out / MARKER).unlink()
    (out / "docs").mkdir(exist_ok=True)
    (out / "docs" / "Mine.md").write_text("mine\n")  # not a file the run writes: not recognised
    refused(run(out, "--no-cache"), capsys, "docs/Mine.md")
    assert (out / "docs" / "Mine.md").is_file()


def test_the_marker_is_part_of_the_output_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = fresh_output(tmp_path / "out")
    marker = (out / MARKER).read_text()
    assert '"README.md"' in marker and MARKER not in marker
    (out / MARKER).write_text(marker.replace('"files": {', '"files": {\n  "docs/Planted.md": "0",'))
    assert main(["--check", "--spec", SPEC, "--out", str(out)]) == 1
    assert MARKER in capsys.readouterr().err


@pytest.mark.parametrize("place", ["cwd", "parent of cwd", "home", "repository", "generator source"])
def test_disastrous_places_are_refused_even_with_force(
    place: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "project"
    (project / "src").mkdir(parents=True)
    (project / "src" / "main.py").write_text("print('mine')\n")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    monkeypatch.chdir(project / "src")
    out = {
        "cwd": Path("."),
        "parent of cwd": Path(".."),
        "home": tmp_path / "home",
        "repository": project,
        "generator source": Path(__file__).resolve().parents[2] / "generator",
    }[place]
    if place == "repository":
        (project / ".git").mkdir()
        monkeypatch.chdir(tmp_path)
    before = tree_digest(out)
    refused(run(out, "--force"), capsys, "--out must not be", "--force does not change this")
    assert tree_digest(out) == before


@pytest.mark.parametrize("path", ["/", "~", "~/..", "/tmp/../"])
def test_the_root_and_home_are_refused(path: str) -> None:
    with pytest.raises(GeneratorError) as refusal:
        refuse_unsafe_place(Path(path).expanduser())
    assert "must not be" in refusal.value.lines()[0]


def test_a_link_to_home_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "mine.txt").write_text("mine\n")
    (tmp_path / "out").symlink_to(tmp_path / "home")
    refused(run(tmp_path / "out", "--force"), capsys, "a link to", "home folder")
    assert (tmp_path / "home" / "mine.txt").is_file()


def test_a_link_to_a_previous_output_replaces_the_output_and_keeps_the_link(tmp_path: Path) -> None:
    real = fresh_output(tmp_path / "real")
    (tmp_path / "out").symlink_to(real)
    (real / "README.md").unlink()
    assert run(tmp_path / "out") == 0
    assert (tmp_path / "out").is_symlink() and (real / "README.md").is_file()


def test_a_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    out.write_text("mine\n")
    refused(run(out, "--force"), capsys, "not a folder")
    assert out.read_text() == "mine\n" and no_staging_left(tmp_path)


def test_folders_beside_out_that_merely_look_like_leftovers_are_kept(tmp_path: Path) -> None:
    for name in (".out.new-mine", ".out.old-my-backup"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "mine.txt").write_text("mine\n")
    fresh_output(tmp_path / "out")
    assert (tmp_path / ".out.new-mine" / "mine.txt").is_file()
    assert (tmp_path / ".out.old-my-backup" / "mine.txt").is_file()


def test_check_does_not_read_through_links(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = fresh_output(tmp_path / "out")
    (tmp_path / "copy.md").write_bytes((out / "README.md").read_bytes())
    (out / "README.md").unlink()
    (out / "README.md").symlink_to(tmp_path / "copy.md")
    assert main(["--check", "--spec", SPEC, "--out", str(out)]) == 1  # warm: the outputs manifest
    assert main(["--check", "--no-cache", "--spec", SPEC, "--out", str(out)]) == 1
    assert "README.md" in capsys.readouterr().err


def test_check_and_warm_runs_never_block_on_a_fifo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A FIFO planted in --out would block a plain read for ever (no writer ever comes)."""
    out = fresh_output(tmp_path / "out")
    os.mkfifo(out / "docker_engine" / "pipe")
    assert main(["--check", "--spec", SPEC, "--out", str(out)]) == 1
    assert "docker_engine/pipe" in capsys.readouterr().err
    refused(run(out), capsys, "docker_engine/pipe")
