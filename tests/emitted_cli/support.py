"""What the recorded docs tests share with their scenarios (``tests/daemon/scenarios/``).

* The CLI examples: Example lines of docs generated with ``--script-name docker-engine``, filled in
  (``fill``), run through ``python -m docker_engine`` (``run_cli``).
* The README quickstart: its fenced python blocks (``python_blocks``), executed in order in one
  namespace with ``image`` and ``context_dir`` pre-bound (``run_snippets``).

Both run against whatever ``DOCKER_HOST`` they are given (the Recorder's proxy or a ReplayDaemon)
with an empty ``DOCKER_CONFIG``, so nothing on the machine changes what is sent.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT.parent / "shared" / "specs" / "engine-api-v1.44.yaml"
GENERATED = ROOT / "generated"
SCRIPT_NAME = "docker-engine"
FIXED_MTIME = 1577836800  # 2020-01-01: build contexts must be byte-identical when replayed

# -- docs Example lines -------------------------------------------------------------------------

_EXAMPLE = re.compile(r"^## \*\*(?P<op>[^*]+)\*\*$.*?^### Example\n```bash\n(?P<line>[^\n]*)\n```", re.M | re.S)


def example_lines(docs: Mapping[str, str]) -> dict[str, str]:
    """``{op name: Example line}`` from the API pages (``docs/*Api.md``) of a generation."""
    lines: dict[str, str] = {}
    for path, text in docs.items():
        if path.startswith("docs/") and path.endswith("Api.md"):
            for match in _EXAMPLE.finditer(text):
                lines[match.group("op")] = match.group("line")
    return lines


def generated_docs(script_name: str = SCRIPT_NAME) -> dict[str, str]:
    """The API and model pages as ``python -m generator --script-name docker-engine`` writes
    them (rendered in memory by the generator's own docs step)."""
    from generator import render
    from generator.generate import Options, load_ir

    return render.render_docs(load_ir(Options(spec=str(SPEC))), render.environment(), script_name)


def fill(line: str, values: Mapping[str, str | Sequence[str]]) -> list[str]:
    """The Example line's words with ``value`` replaced by ``values[name]``; parameters without a
    value are dropped (they are optional: the test checks every path parameter got one).

    ``KeyError`` names a value whose parameter the line does not show.
    """
    words = line.split()
    argv = words[:2]  # script name, operation
    used: set[str] = set()
    for word in words[2:]:
        if word in ("Specify", "as:"):
            continue  # the bash generator's "Specify as: name=value1 name=value2 name=..."
        match = re.match(r'^"?(?P<name>[^=:"]+)(?P<sep>[=:])', word)
        if match is None:
            raise ValueError(f"unexpected word {word!r} in {line!r}")
        name, sep = match.group("name"), match.group("sep")
        if name not in values or name in used:
            continue
        used.add(name)
        given = values[name]
        for value in [given] if isinstance(given, str) else given:
            argv.append(f"{name}{sep}{value}")
    missing = set(values) - used
    if missing:
        raise KeyError(f"{line!r} shows no parameter {sorted(missing)}")
    return argv


# The sample: (operation, values for its Example line, words appended: body, options).
BUSYBOX = "codegen-test/busybox:latest"
CONTAINER = "codegen-test-cli-example"
EXAMPLES: list[tuple[str, dict[str, str | list[str]], list[str]]] = [
    ("systemPing", {}, []),
    ("systemVersion", {}, []),
    ("imageList", {"all": "true", "filters": '{"reference":["codegen-test/busybox"]}'}, []),
    ("imageInspect", {"name": BUSYBOX}, []),
    ("imageHistory", {"name": BUSYBOX}, []),
    ("imageTag", {"name": BUSYBOX, "repo": "codegen-test/busybox", "tag": "cli-example"}, []),
    ("imageList", {"filters": '{"reference":["codegen-test/busybox:cli-example"]}'}, []),
    ("imageDelete", {"name": "codegen-test/busybox:cli-example", "noprune": "0"}, []),
    ("imageInspect", {"name": "codegen-test/busybox:cli-example"}, []),  # 404: exit 1
    ("imageSearch", {"term": "busybox", "limit": "1"}, []),  # no internet here: the daemon's error
    ("containerCreate", {"name": CONTAINER}, ["@container.json"]),
    ("containerList", {"all": "true", "filters": '{"label":["org.codegen-test=cli-example"]}'}, []),
    ("containerArchive", {"id": CONTAINER, "path": "/etc/group"}, ["--output", "group.tar"]),
    ("containerDelete", {"id": CONTAINER, "force": "true"}, []),
    ("imageBuild", {"t": ["codegen-test/cli-example:a", "codegen-test/cli-example:b"], "rm": "1"}, ["@context"]),
    ("imageDelete", {"name": "codegen-test/cli-example:a"}, []),
    ("imageDelete", {"name": "codegen-test/cli-example:b"}, []),
]
#: What the examples leave behind when they fail half-way (removed by the scenario).
LEFTOVER_IMAGES = ("codegen-test/busybox:cli-example", "codegen-test/cli-example:a", "codegen-test/cli-example:b")


def example_commands(lines: Mapping[str, str]) -> list[list[str]]:
    """The sample's command lines, built from the docs' Example lines."""
    return [fill(lines[op], values) + extra for op, values, extra in EXAMPLES]


# -- the CLI ------------------------------------------------------------------------------------


def cli_env(docker_host: str, config_dir: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOCKER_")}
    env.update(DOCKER_HOST=docker_host, DOCKER_CONFIG=config_dir, LC_ALL="C.UTF-8", TZ="UTC")
    return env


def run_cli_batch(commands: Sequence[Sequence[str]], docker_host: str, workdir: str, config_dir: str) -> list[dict[str, Any]]:
    """Run the command lines one after the other in one ``python`` process (``_driver.py``), in
    ``workdir``, each as ``docker_engine.__main__.main(argv[1:])``: the emitted CLI's entry point."""
    env = cli_env(docker_host, config_dir)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    proc = subprocess.run(
        [sys.executable, "-m", "tests.emitted_cli._driver"],
        input=json.dumps([list(argv) for argv in commands]),
        capture_output=True,
        text=True,
        cwd=workdir,
        env=env,
        timeout=300,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"the CLI driver failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    results: list[dict[str, Any]] = json.loads(proc.stdout)
    return results


def run_cli(argv: Sequence[str], docker_host: str, workdir: str, config_dir: str) -> dict[str, Any]:
    """Run ``python -m docker_engine ARGV[1:]`` (ARGV[0] is the docs' script name) in ``workdir``."""
    proc = subprocess.run(
        [sys.executable, "-m", "docker_engine", *argv[1:]],
        capture_output=True,
        text=True,
        cwd=workdir,
        env=cli_env(docker_host, config_dir),
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    return {"argv": list(argv), "returncode": proc.returncode, "stdout": proc.stdout, "stderr": proc.stderr}


# -- files the examples send ----------------------------------------------------------------------

DOCKERFILE = "ARG BASE\nFROM $BASE\nRUN echo hello > /hello.txt\n"
CLI_DOCKERFILE = "FROM codegen-test/busybox:latest\nRUN echo built by docker-engine > /built.txt\n"
CONTAINER_BODY = {
    "Image": "codegen-test/busybox:latest",
    "Cmd": ["sh", "-c", "echo hello"],
    "Labels": {"org.codegen-test": "cli-example"},
}


def make_context(directory: str | os.PathLike[str], dockerfile: str = DOCKERFILE) -> str:
    """A build context whose tar is the same on every run (content and mtimes fixed)."""
    path = Path(directory)
    path.mkdir(parents=True, exist_ok=True)
    (path / "Dockerfile").write_text(dockerfile, encoding="utf-8")
    (path / ".dockerignore").write_text("*.tmp\n", encoding="utf-8")
    (path / "notes.tmp").write_text("ignored\n", encoding="utf-8")
    for child in path.iterdir():
        os.chmod(child, 0o644)
        os.utime(child, (FIXED_MTIME, FIXED_MTIME))
    os.utime(path, (FIXED_MTIME, FIXED_MTIME))
    return str(path)


def prepare_workdir(directory: str | os.PathLike[str]) -> str:
    """The working directory of the CLI examples: a container body and a build context."""
    path = Path(directory)
    path.mkdir(parents=True, exist_ok=True)
    (path / "container.json").write_text(json.dumps(CONTAINER_BODY, indent=2) + "\n", encoding="utf-8")
    make_context(path / "context", CLI_DOCKERFILE)
    return str(path)


# -- the README quickstart ------------------------------------------------------------------------

_PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.M | re.S)
#: Names the README assigns example values to; the tests bind them to the recorded ones.
PRE_BOUND = ("image", "context_dir")
_PLACEHOLDER = re.compile(rf"^(?:{'|'.join(PRE_BOUND)}) = .*$", re.M)


def python_blocks(readme: str) -> list[str]:
    return _PYTHON_BLOCK.findall(readme)


def snippets_digest(blocks: Sequence[str]) -> str:
    return hashlib.sha256("\n\0".join(blocks).encode()).hexdigest()


@contextlib.contextmanager
def _environment(values: Mapping[str, str]) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, old in saved.items():
            if old is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = old


def run_snippets(blocks: Sequence[str], bound: Mapping[str, Any], docker_host: str) -> str:
    """Execute the blocks in order in one namespace; returns what they printed.

    The README's own ``image = ...`` / ``context_dir = ...`` lines are replaced by ``bound``.
    """
    namespace: dict[str, Any] = {"__name__": "__readme__", **bound}
    out = io.StringIO()
    with tempfile.TemporaryDirectory(prefix="docker-config-") as config_dir:
        env = {"DOCKER_HOST": docker_host, "DOCKER_CONFIG": config_dir}
        with _environment(env), contextlib.redirect_stdout(out):
            for number, block in enumerate(blocks, 1):
                source = _PLACEHOLDER.sub("pass  # pre-bound by the test", block)
                exec(compile(source, f"<README.md python block {number}>", "exec"), namespace)  # noqa: S102
    return out.getvalue()


def readme_text() -> str:
    return (GENERATED / "README.md").read_text(encoding="utf-8")
