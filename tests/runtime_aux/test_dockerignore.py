"""`.dockerignore` matcher: rules from the docker CLI documentation.

Each row is (patterns as written in .dockerignore, path relative to the context,
excluded?). Rows are written from the documented rules (comments, Go filepath.Match
syntax, filepath.Clean preprocessing, ``**``, ``!`` exceptions where the last match
wins, leading/trailing slashes), not taken from any implementation's tests.

When the docker CLI is installed, every row is also checked against what the CLI
actually puts in the build context it sends (via a fake daemon, no real daemon).
"""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest
from _cli_capture import capture_cli_context, docker_cli

from docker_engine._runtime.build_context import (
    DockerIgnore,
    DockerIgnoreError,
    build_context,
)

DOC = ["*.md", "!README*.md", "README-secret.md"]
DOC2 = ["*.md", "README-secret.md", "!README*.md"]

TABLE: list[tuple[list[str], str, bool]] = [
    # comments: only "#" in column 1; blank lines are skipped
    (["# comment"], "# comment", False),
    (["#*.txt"], "a.txt", False),
    ([" # not a comment"], "# not a comment", True),
    (["", "   ", "\t"], "anything", False),
    # */temp*: names starting with temp in any immediate subdirectory
    (["*/temp*"], "somedir/temporary.txt", True),
    (["*/temp*"], "somedir/temp", True),
    (["*/temp*"], "somedir/temp/inside.txt", True),
    (["*/temp*"], "temporary.txt", False),
    (["*/temp*"], "somedir/subdir/temporary.txt", False),
    # */*/temp*: two levels below the root
    (["*/*/temp*"], "somedir/subdir/temporary.txt", True),
    (["*/*/temp*"], "somedir/temporary.txt", False),
    # temp?: one-character extension of temp, root only
    (["temp?"], "tempa", True),
    (["temp?"], "tempb", True),
    (["temp?"], "temp", False),
    (["temp?"], "tempab", False),
    (["temp?"], "somedir/tempa", False),
    # ** matches any number of directories, including zero
    (["**/*.go"], "main.go", True),
    (["**/*.go"], "a/b/c/main.go", True),
    (["**/*.go"], "main.golang", False),
    (["a/**/b"], "a/b", True),
    (["a/**/b"], "a/x/y/b", True),
    (["a/**/b"], "a/xb", False),
    (["**/node_modules"], "pkg/node_modules/left-pad/index.js", True),
    (["**"], "any/where/at/all", True),
    (["docs/**"], "docs/a/b.md", True),
    (["docs/**"], "docs", False),
    # patterns are anchored at the context root; no implicit recursion
    (["node_modules"], "pkg/node_modules", False),
    (["*.txt"], "dir/a.txt", False),
    # a directory pattern excludes everything below it
    (["node_modules"], "node_modules/x/y/z.js", True),
    (["*"], "any/deep/file", True),
    # Go filepath.Match syntax: ?, [...], ranges, negation, escapes
    (["?"], "a", True),
    (["?"], "ab", False),
    (["[abc].txt"], "b.txt", True),
    (["[abc].txt"], "d.txt", False),
    (["[a-c].txt"], "c.txt", True),
    (["[^a].txt"], "a.txt", False),
    (["[^a].txt"], "b.txt", True),
    (["\\*.txt"], "*.txt", True),
    (["\\*.txt"], "a.txt", False),
    (["file.?xt"], "file.txt", True),
    (["a+b(c).txt"], "a+b(c).txt", True),
    # preprocessing: whitespace trimmed, filepath.Clean, leading/trailing slash
    (["  *.txt  "], "a.txt", True),
    (["/foo/bar/"], "foo/bar", True),
    (["/foo/bar/"], "foo/bar/baz.txt", True),
    (["./foo"], "foo", True),
    (["foo/./bar//baz"], "foo/bar/baz", True),
    (["foo/../bar"], "bar", True),
    (["foo/../bar"], "foo", False),
    (["!/keep", "*"], "keep", True),
    # exceptions: README.md kept, other markdown excluded
    (["*.md", "!README.md"], "CHANGES.md", True),
    (["*.md", "!README.md"], "README.md", False),
    # documented ordering example 1: README files except README-secret.md
    (DOC, "README-secret.md", True),
    (DOC, "README-public.md", False),
    (DOC, "other.md", True),
    # documented ordering example 2: all README files, middle line has no effect
    (DOC2, "README-secret.md", False),
    (DOC2, "other.md", True),
    # the last matching line wins
    (["!a.txt", "a.txt"], "a.txt", True),
    (["a.txt", "!a.txt", "a.txt"], "a.txt", True),
    (["a.txt", "!a.txt"], "a.txt", False),
    (["*", "!keep"], "keep", False),
    (["*", "!keep"], "other", True),
    # exceptions below an excluded directory
    (["build", "!build/keep.txt"], "build/keep.txt", False),
    (["build", "!build/keep.txt"], "build/other.txt", True),
    (["dir/", "!dir/sub/"], "dir/sub/f", False),
    (["dir/", "!dir/sub/"], "dir/g", True),
    (["**/*.log", "!important/*.log"], "important/x.log", False),
    (["**/*.log", "!important/*.log"], "other/x.log", True),
    (["**/*.log", "!important/*.log"], "important/sub/x.log", True),
]


@pytest.mark.parametrize(
    ("patterns", "path", "excluded"),
    TABLE,
    ids=[f"{i:02d}:{'|'.join(p)}->{f}" for i, (p, f, _) in enumerate(TABLE)],
)
def test_table(patterns: list[str], path: str, excluded: bool) -> None:
    assert DockerIgnore(patterns).matches(path) is excluded


def test_table_is_large_enough() -> None:
    assert len(TABLE) >= 40


def _tar_names(data: bytes) -> set[str]:
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        return {m.name for m in tar}


@pytest.mark.skipif(docker_cli() is None, reason="docker CLI not installed")
@pytest.mark.parametrize(
    ("patterns", "path", "excluded"),
    [row for row in TABLE if row[1].strip()],
    ids=[f"{i:02d}" for i, row in enumerate(TABLE) if row[1].strip()],
)
def test_table_against_docker_cli(
    patterns: list[str], path: str, excluded: bool, tmp_path: Path
) -> None:
    """The CLI (classic builder) sends the file iff the row says it is not excluded,
    and our context holds the same entries as the CLI's."""
    ctx = tmp_path / "ctx"
    target = ctx / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("x")
    (ctx / "Dockerfile").write_text("FROM scratch\n")
    (ctx / ".dockerignore").write_text("\n".join(patterns) + "\n")
    _, sent = capture_cli_context(ctx, tmp_path)
    cli_names = _tar_names(sent)
    assert (path not in cli_names) is excluded
    ours = _tar_names(b"".join(build_context(ctx)))
    assert ours == cli_names


def test_comment_only_in_column_one_and_bom() -> None:
    ignore = DockerIgnore.from_text("\ufeff# comment\r\n*.tmp\r\n  \r\n")
    assert ignore.patterns == ("*.tmp",)
    assert ignore.matches("x.tmp")


def test_normalized_patterns_and_exceptions_flag() -> None:
    ignore = DockerIgnore(["/a/b/", "./c", "! /d", "e/../f", "#x", ""])
    assert ignore.patterns == ("a/b", "c", "!d", "f")
    assert ignore.has_exceptions
    assert not DockerIgnore(["a"]).has_exceptions
    assert len(ignore) == 4


def test_context_root_is_never_excluded() -> None:
    ignore = DockerIgnore(["*", "**", "."])
    assert not ignore.matches(".")
    assert not ignore.matches("")
    assert ignore.matches("./a")
    assert ignore.matches("/a/b")


@pytest.mark.parametrize(
    "pattern", ["!", "[", "[]", "[a", "a\\", "[a-]", "[-a]", "[z-a]", "x[]]"]
)
def test_malformed_patterns_raise(pattern: str) -> None:
    with pytest.raises(DockerIgnoreError) as info:
        DockerIgnore([pattern])
    assert isinstance(info.value, ValueError)


def test_from_file(tmp_path: Path) -> None:
    assert DockerIgnore.from_file(tmp_path / "missing").patterns == ()
    (tmp_path / "ign").write_text("a\n!b\n")
    assert DockerIgnore.from_file(tmp_path / "ign").patterns == ("a", "!b")
    with pytest.raises(DockerIgnoreError):
        DockerIgnore.from_file(tmp_path)
