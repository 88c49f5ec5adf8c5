"""The README quickstart: every fenced python block of ``generated/README.md``, in order.

Setup on the real socket (not recorded): the busybox image is pushed to a ``LocalRegistry`` under
``<registry>/codegen-test/busybox:quickstart`` and removed locally, so the snippets pull it for
real. The snippets run with ``image`` bound to that reference and ``context_dir`` to a build
context made by ``support.make_context``; what they print, the registry address and the digest of
the snippets go to ``meta``. ``tests/emitted_cli/test_quickstart.py`` replays it.
"""

from __future__ import annotations

import tempfile
import urllib.parse
from typing import Any

from tests.emitted_cli import support
from tests.support.engine import Cleanup, quote, request
from tests.support.images import BUSYBOX_IMAGE, ensure_busybox
from tests.support.registry import LocalRegistry

from ..scenario import scenario

REPOSITORY = "codegen-test/busybox"
TAG = "quickstart"
#: What the snippets create, besides the pulled image: the built image and its registry tag.
BUILT = "example/app:1"


def _push_to(registry: str, upstream: str) -> str:
    """Put the busybox image into the registry; return its reference there (absent locally)."""
    repo = f"{registry}/{REPOSITORY}"
    image = f"{repo}:{TAG}"
    query = urllib.parse.urlencode({"repo": repo, "tag": TAG})
    resp = request("POST", f"/images/{quote(BUSYBOX_IMAGE)}/tag?{query}", socket_path=upstream)
    if resp.status != 201:
        raise RuntimeError(f"tag {image}: {resp.status} {resp.body[:300]!r}")
    resp = request(
        "POST",
        f"/images/{quote(repo)}/push?tag={TAG}",
        headers=[("X-Registry-Auth", "e30=")],
        socket_path=upstream,
        timeout=120,
    )
    if resp.status != 200 or any("error" in m for m in resp.json_lines()):
        raise RuntimeError(f"push {image}: {resp.status} {resp.body[-500:]!r}")
    resp = request("DELETE", f"/images/{quote(image)}", socket_path=upstream)
    if resp.status != 200:
        raise RuntimeError(f"untag {image}: {resp.status} {resp.body[:300]!r}")
    return image


@scenario("quickstart/readme")
def readme_quickstart(socket_path: str, upstream: str) -> dict[str, Any]:
    """README quickstart: connect, list, pull, build, errors, async, auth"""
    ensure_busybox(upstream)
    blocks = support.python_blocks(support.readme_text())
    with LocalRegistry() as registry, Cleanup(upstream) as cleanup, tempfile.TemporaryDirectory() as tmp:
        address = registry.address
        image = cleanup.image(_push_to(address, upstream))
        cleanup.image(BUILT)
        cleanup.image(f"{address}/{BUILT}")
        context_dir = support.make_context(f"{tmp}/app")
        printed = support.run_snippets(blocks, {"image": image, "context_dir": context_dir}, f"unix://{socket_path}")
    return {
        "client": "README quickstart snippets",
        "registry": address,
        "image": image,
        "snippets_sha256": support.snippets_digest(blocks),
        "stdout": printed,
    }
