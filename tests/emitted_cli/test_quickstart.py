"""The README quickstart runs: every fenced python block of ``generated/README.md``, in order,
against the recorded daemon (``cassettes/quickstart/readme.jsonl``, recorded once by the scenario
``quickstart/readme``: ``python -m tests.daemon record --only quickstart``).

The README uses a generic image name; the test binds ``image`` to the reference the recording
pulled from its local registry, and ``context_dir`` to a build context made the same way.
"""

from __future__ import annotations

import pathlib
import re
import sys

import pytest

from tests.daemon import cassette as cf
from tests.daemon.replay import ANY, ReplayDaemon
from tests.daemon.scenario import CASSETTE_DIR, record, select
from tests.support.engine import docker_available

from . import support

CASSETTE = CASSETTE_DIR / "quickstart" / "readme.jsonl"
# the events recipe asks for events `until` the time it runs: no replay sends the recorded value
README_VOLATILE_QUERY = {"until": ANY}


def test_readme_opens_with_the_quickstart_and_keeps_the_reference_lists() -> None:
    import docker_engine

    text = support.readme_text()
    headings = re.findall(r"^## (.+)$", text, re.M)
    assert headings[:2] == ["Quickstart", "Command line"]
    reference = ["Documentation for API Endpoints", "Documentation For Models", "Documentation For Authorization"]
    assert headings[2:] == ["API versions", "Large responses and the garbage collector", "Model docs and Python classes", *reference]
    versions = text.split("## API versions")[1].split("## ")[0].replace("\n", " ")
    for needle in ("negotiated", "`UnsupportedByApiVersion`", "before anything is sent", "exit status 2", "`model_extra`", "history (1.25 to"):
        assert needle in versions, needle
    assert f"Engine API {docker_engine.API_VERSION}**" in text.replace("\n", " ")
    assert "*ImageApi* | [**imageList**](docs/ImageApi.md#imagelist) | **GET** /images/json | List Images" in text
    assert " - [ImageSummary](docs/ImageSummary.md)" in text
    blocks = support.python_blocks(text)
    code = "\n".join(blocks)
    for needle in ("DockerClient()", "image_list(", "image_create(", "build_context(", "except NotFound", "AsyncDockerClient", "AuthConfig("):
        assert needle in code, needle
    recipes = ("container_logs(", "exec_start(", "container_attach(", "put_container_archive(", "container_archive(", "system_events(", "container_stats(")
    for needle in recipes:
        assert needle in code, needle
    assert re.search(r'^image = "127\.0\.0\.1:5000/', code, re.M), "the docs pull from a local registry, as the tests do"


def test_readme_snippets_replay(tmp_path: pathlib.Path) -> None:
    meta = cf.load(CASSETTE).header["meta"]
    blocks = support.python_blocks(support.readme_text())
    assert support.snippets_digest(blocks) == meta["snippets_sha256"], (
        "the README's python blocks changed: python -m tests.daemon record --only quickstart"
    )
    targets = [e.target for e in cf.load(CASSETTE).exchanges]
    assert all(t == "/_ping" or t.startswith("/v1.41/") for t in targets), "negotiated version in every path"
    bound = {"image": meta["image"], "context_dir": support.make_context(tmp_path / "app")}
    # strict: every recorded exchange, nothing else
    with ReplayDaemon(CASSETTE, query_matchers=README_VOLATILE_QUERY) as sock:
        printed = support.run_snippets(blocks, bound, f"unix://{sock}")
    assert printed == meta["stdout"]
    assert "Engine 20.10.24" in printed and "API 1.41" in printed
    assert re.search(r"^digest: sha256:[0-9a-f]{64}$", printed, re.M)
    assert re.search(r"^built sha256:[0-9a-f]{64}$", printed, re.M)
    assert re.search(r"^404 .*No such image: example/no-such-image:1$", printed, re.M)
    assert re.search(r"^pushed sha256:[0-9a-f]{64}$", printed, re.M)


def test_readme_snippets_record_then_replay_live(tmp_path: pathlib.Path) -> None:
    reason = docker_available()
    if reason:
        print(f"SKIP: {reason}", file=sys.stderr)
        pytest.skip(reason)
    (scenario,) = select(["quickstart/readme"])
    cassette = record(scenario, root=tmp_path / "cassettes")
    meta = cassette.header["meta"]
    blocks = support.python_blocks(support.readme_text())
    bound = {"image": meta["image"], "context_dir": support.make_context(tmp_path / "app")}
    with ReplayDaemon(cassette.path, query_matchers=README_VOLATILE_QUERY) as sock:
        assert support.run_snippets(blocks, bound, f"unix://{sock}") == meta["stdout"]


def test_readme_recipes_print_what_they_promise() -> None:
    """The recipes (logs, exec, attach, archives, stats, events) as recorded from a live daemon."""
    printed = cf.load(CASSETTE).header["meta"]["stdout"]
    assert "exit status 0\n1 to stdout\n2 to stderr\n" in printed
    assert "HELLO FROM STDIN\n" in printed and "typed into the container\n" in printed
    assert "hello.txt 14\nb'hello archive\\n'\n" in printed
    assert "/readme-box memory reported: True\n" in printed
    assert re.search(r"^\[.*'exec_start: tr a-z A-Z'.*'extract-to-dir'.*\]$", printed, re.M)
