"""A fake v1 search index on 127.0.0.1: what ``GET /images/search?term=127.0.0.1:PORT/WORD``
makes the daemon ask (Docker Hub's search is still the v1 API; moby registry/search.go).

>>> with SearchIndex() as index:
...     term = f"{index.address}/busybox"

* The daemon first pings ``/v1/_ping`` over HTTPS, then, a 127.0.0.0/8 index being insecure,
  over HTTP (any answer will do); then ``GET /v1/search?q=WORD&n=LIMIT``. HTTPS handshakes
  to this plain server fail, as the daemon expects.
* ``REPOSITORIES`` are answered for every search whose word is in their name, at most ``n``.
"""

from __future__ import annotations

import json
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

REPOSITORIES: list[dict[str, Any]] = [
    {"name": "codegen-test/busybox", "description": "busybox, indexed by the fake", "star_count": 3, "is_official": False, "is_automated": False},
    {"name": "codegen-test/busybox-official", "description": "an official one", "star_count": 12, "is_official": True, "is_automated": False},
    {"name": "codegen-test/alpine", "description": "never matches busybox", "star_count": 7, "is_official": True, "is_automated": False},
]


class _Handler(BaseHTTPRequestHandler):
    server: _IndexServer

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/v1/_ping":
            self._answer(200, True)
        elif url.path == "/v1/search":
            query = urllib.parse.parse_qs(url.query)
            word, limit = query.get("q", [""])[0], int(query.get("n", ["25"])[0])
            found = [repo for repo in REPOSITORIES if word in repo["name"]][:limit]
            self._answer(200, {"num_results": len(found), "query": word, "results": found})
        else:
            self._answer(404, {"error": f"no {url.path} here"})

    def _answer(self, status: int, value: Any) -> None:
        body = json.dumps(value).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (http.server's name)
        pass  # the daemon's failed HTTPS attempt would be logged on every search


class _IndexServer(ThreadingHTTPServer):
    daemon_threads = True


class SearchIndex:
    def __init__(self) -> None:
        self._server: _IndexServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def address(self) -> str:
        if self._server is None:
            raise RuntimeError("SearchIndex is not running")
        return f"127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> SearchIndex:
        self._server = _IndexServer(("127.0.0.1", 0), _Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, name="search-index", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
