"""Where the spec comes from cannot exhaust memory or time: sizes and downloads are bounded,
and URLs are http(s) or file only, redirected to http(s) only."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import source
from generator.errors import GeneratorError

BODY = b'swagger: "2.0"\ninfo: {title: t, version: "1.0"}\npaths: {}\n'


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        if self.path == "/drip":
            self.send_response(200)
            self.end_headers()
            for _ in range(100):
                self.wfile.write(b"#")
                self.wfile.flush()
                time.sleep(0.1)
            return
        if self.path == "/huge":
            self.send_response(200)
            self.end_headers()
            for _ in range(64):
                self.wfile.write(b"#" * 1024)
            return
        if self.path.startswith("/to/"):
            self.send_response(302)
            self.send_header("Location", self.path[len("/to/") :])
            self.end_headers()
            return
        self.send_response(200)
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, *args: object) -> None:
        return None


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _refusal(spec: str) -> str:
    with pytest.raises(GeneratorError) as refused:
        source.read_spec(spec)
    return refused.value.lines()[0]


def test_a_plain_download_works(server: str) -> None:
    assert source.read_spec(f"{server}/spec.yaml").text == BODY.decode()


def test_a_spec_file_past_the_size_bound_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(source, "MAX_SPEC_BYTES", 1024)
    big = tmp_path / "big.yaml"
    big.write_bytes(BODY + b"#" * 2048)
    assert "larger than" in _refusal(str(big))


def test_an_endless_file_is_refused() -> None:
    assert "larger than 64 MiB" in _refusal("/dev/zero")


def test_a_download_past_the_size_bound_is_refused(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(source, "MAX_SPEC_BYTES", 16 * 1024)
    assert "larger than" in _refusal(f"{server}/huge")


def test_a_trickling_download_is_stopped_at_its_deadline(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(source, "DOWNLOAD_TIMEOUT_SECONDS", 1)
    started = time.monotonic()
    assert "takes longer than 1 s" in _refusal(f"{server}/drip")
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/spec.yaml", "gopher://127.0.0.1/spec.yaml"])
def test_other_schemes_are_refused(url: str) -> None:
    assert "is not supported" in _refusal(url)


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://127.0.0.1/spec.yaml"])
def test_redirects_leave_http_never(server: str, target: str) -> None:
    assert "cannot download the spec" in _refusal(f"{server}/to/{target}")


def test_redirects_are_few(server: str) -> None:
    url = f"{server}/spec.yaml"
    for _ in range(8):
        url = f"{server}/to/{url}"
    assert "cannot download the spec" in _refusal(url)
