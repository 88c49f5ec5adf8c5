"""Where the spec comes from: a path, a URL, or the pinned upstream file, checked and cached."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from generator import source
from generator.errors import GeneratorError

from ..conftest import spec_path


@pytest.fixture
def pinned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A pin naming a file:// copy of the v1.44 spec, and an empty cache."""
    upstream = tmp_path / "upstream" / "v1.44.yaml"
    upstream.parent.mkdir()
    upstream.write_bytes(spec_path("engine-api-v1.44.yaml").read_bytes())
    pin = tmp_path / "upstream.yaml"
    pin.write_text(f"url: {upstream.as_uri()}\nsha256: {hashlib.sha256(upstream.read_bytes()).hexdigest()}\n")
    monkeypatch.setattr(source, "PINNED", pin)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return upstream


def test_pinned_file_is_downloaded_checked_and_cached(pinned: Path) -> None:
    first = source.read_spec(None)
    assert first.sha256 == hashlib.sha256(pinned.read_bytes()).hexdigest()
    pinned.unlink()  # the second read must come from the cache
    assert source.read_spec(None).text == first.text


def test_pinned_file_with_another_digest_is_refused(pinned: Path) -> None:
    pinned.write_text(pinned.read_text() + "\n# changed upstream\n")
    with pytest.raises(GeneratorError) as refused:
        source.read_spec(None)
    assert "does not match the pinned" in refused.value.lines()[0]
    assert not list((source.cache_dir()).glob("*.yaml"))


def test_a_corrupted_cache_entry_is_fetched_again(pinned: Path) -> None:
    first = source.read_spec(None)
    (cached,) = source.cache_dir().glob("*.yaml")
    cached.write_text("corrupted")
    assert source.read_spec(None).text == first.text


def test_spec_by_url(pinned: Path) -> None:
    assert source.read_spec(pinned.as_uri()).name == pinned.as_uri()


def test_unreachable_url_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GeneratorError) as failed:
        source.read_spec((tmp_path / "absent.yaml").as_uri())
    assert "cannot download the spec" in failed.value.lines()[0]


def test_spec_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("swagger: '2.0'\ninfo: {title: caf\xe9}\n".encode("latin-1"))
    with pytest.raises(GeneratorError) as failed:
        source.read_spec(str(path))
    assert "not UTF-8" in failed.value.lines()[0]


def test_spec_pinned_by_sha256_is_checked_and_its_download_cached(pinned: Path) -> None:
    digest = hashlib.sha256(pinned.read_bytes()).hexdigest()
    assert source.read_spec(pinned.as_uri(), digest.upper()).sha256 == digest
    pinned.unlink()  # the second read must come from the cache
    assert source.read_spec(pinned.as_uri(), digest).sha256 == digest


def test_spec_with_another_sha256_is_refused_and_not_cached(pinned: Path) -> None:
    for spec in (str(pinned), pinned.as_uri()):
        with pytest.raises(GeneratorError) as refused:
            source.read_spec(spec, "0" * 64)
        assert f"does not match the pinned {'0' * 64} (--spec-sha256)" in refused.value.lines()[0]
    assert not list(source.cache_dir().glob("*.yaml"))


def test_a_pinned_local_file_is_read_again_not_taken_from_the_cache(pinned: Path) -> None:
    digest = hashlib.sha256(pinned.read_bytes()).hexdigest()
    source.read_spec(pinned.as_uri(), digest)  # cached
    pinned.write_text(pinned.read_text() + "\n# edited\n")
    with pytest.raises(GeneratorError):
        source.read_spec(str(pinned), digest)


def test_a_malformed_sha256_is_a_clear_error(pinned: Path) -> None:
    with pytest.raises(GeneratorError) as refused:
        source.read_spec(str(pinned), "abc123")
    assert "is not 64 hexadecimal digits" in refused.value.lines()[0]
