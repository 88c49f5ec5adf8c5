"""Generation CPU time: the ``generation`` group of run.py.

Per round, in fresh processes, the contenders alternating (the order rotates):

* openapi-generator 7.26 (``openapi-generator-cli`` from PyPI, bundled jar, Java 17):
  ``generate -g python`` of engine-api-v1.44.yaml into a fresh folder (client, docs,
  test stubs);
* ours cold: ``python -m generator --spec engine-api-v1.44.yaml`` of the same file alone
  in its folder (the peer's input: no history beside it) with an empty cache
  (``XDG_CACHE_HOME`` a new empty folder) into a fresh ``--out``;
* ours warm: the same command again (same cache, same output: nothing changed);
* ``--check`` with that cache and output;
* ``--check`` of that output with an empty cache (what a fresh CI machine does);
* unless ``--quick``, for information: cold, and ``--check`` with an empty cache, of
  the spec in ``../shared/specs`` with its history folder beside it (the command that
  makes the committed ``generated/``: every older version is parsed once per cache).

ours runs from a snapshot of ``generator/``, ``templates/`` and ``spec/`` (others may
edit the work tree meanwhile). A sample is CPU time (user + sys of the process and its
children: the generator validates the spec in a worker process; openapi-generator is a
JVM); wall time and peak RSS (``wait4``) are kept beside it. One untimed cold run first
fills the bytecode cache (see ``_common.bench_env``).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from _common import (
    PEER_VENV,
    PROJECT_PY,
    ROOT,
    SPEC,
    Measured,
    bench_env,
    ensure_peer_env,
    run_measured,
)
from _results import Row, Side

OAG = "openapi-generator"


def _snapshot(into: Path) -> Path:
    """A copy of the generator's inputs laid out as the wheel installs them: templates/
    and spec/ inside the package, where the snapshot's generator finds them before the
    editable install's mapping to the work tree."""
    for folder, target in (
        ("generator", "generator"),
        ("templates", "generator/_templates"),
        ("spec", "generator/_spec"),
    ):
        shutil.copytree(
            ROOT / folder, into / target, ignore=shutil.ignore_patterns("__pycache__")
        )
    return into


def _ours(tree: Path, spec: Path, out: Path, cache: Path, *extra: str) -> Measured:
    env = bench_env(XDG_CACHE_HOME=str(cache), XDG_STATE_HOME=str(cache / "state"))
    # cwd first on sys.path: the snapshot's generator package is the one imported
    return run_measured(
        [PROJECT_PY, "-m", "generator", "--spec", spec, "--out", out, *extra],
        env=env,
        cwd=tree,
    )


def _oag(out: Path) -> Measured:
    return run_measured(
        [
            PEER_VENV / "bin" / "openapi-generator-cli",
            "generate",
            "-i",
            SPEC,
            "-g",
            "python",
            "-o",
            out,
            "--package-name",
            "docker_oag",
        ],
        env=bench_env(),
    )


def measure(
    rounds: int, with_history: bool, progress: Callable[[str], None]
) -> list[Row]:
    ensure_peer_env()
    taken: dict[str, list[Measured]] = {}

    def take(key: str, m: Measured) -> Measured:
        taken.setdefault(key, []).append(m)
        return m

    with tempfile.TemporaryDirectory(prefix="bench-gen-") as tmp:
        root = Path(tmp)
        tree = _snapshot(root / "tree")
        alone = root / "spec-alone" / SPEC.name
        alone.parent.mkdir()
        shutil.copyfile(SPEC, alone)
        _ours(tree, alone, root / "warmup-out", root / "warmup-cache")
        for n in range(rounds):
            out, cache, empty = root / f"out{n}", root / f"cache{n}", root / f"empty{n}"
            peer_out, history_out = root / f"oag{n}", root / f"history-out{n}"

            def ours() -> None:
                take("cold", _ours(tree, alone, out, cache))
                warm = take("warm", _ours(tree, alone, out, cache))
                check = take("check", _ours(tree, alone, out, cache, "--check"))
                for m in (warm, check):
                    if "up to date" not in m.stdout:
                        raise RuntimeError(
                            f"not up to date after a cold run:\n{m.stdout}"
                        )
                take("check_empty", _ours(tree, alone, out, empty / "check", "--check"))
                if with_history:
                    take("history_cold", _ours(tree, SPEC, history_out, empty / "cold"))
                    take(
                        "history_check_empty",
                        _ours(
                            tree, SPEC, history_out, empty / "history-check", "--check"
                        ),
                    )

            def peer() -> None:
                take(OAG, _oag(peer_out))

            for step in (peer, ours)[:: 1 if n % 2 == 0 else -1]:
                step()
            for folder in (out, cache, empty, peer_out, history_out):
                shutil.rmtree(folder, ignore_errors=True)
            progress(f"generation: round {n + 1}/{rounds}")

    def samples(key: str, kind: str = "cpu") -> list[float]:
        return [getattr(m, kind) for m in taken[key]]

    def side(name: str, key: str, kind: str = "cpu") -> Side:
        return {"name": name, "samples": samples(key, kind)}

    command = "python -m generator --spec engine-api-v1.44.yaml"
    rows: list[Row] = [
        {
            "key": "generation_cold",
            "what": "cold generation, v1.44 client + docs (spec alone, empty cache), CPU",
            "group": "generation",
            "unit": "s",
            "higher_is_better": False,
            "ours": side(command, "cold"),
            "peer": side(f"{OAG} `python`", OAG),
            "goal": {"on": "ratio", "op": "<=", "limit": 0.15},
            "rss": {
                "ours": samples("cold", "maxrss_mb"),
                "peer": samples(OAG, "maxrss_mb"),
            },
            "wall": {"ours": samples("cold", "wall"), "peer": samples(OAG, "wall")},
        },
        {
            "key": "check_empty_cache",
            "what": "`--check`, spec alone, empty cache, CPU",
            "group": "generation",
            "unit": "s",
            "higher_is_better": False,
            "ours": side(command + " --check", "check_empty"),
            "peer": None,
            "goal": {"on": "ours", "op": "<=", "limit": 1.0},
        },
        {
            "key": "generation_warm",
            "what": "warm regeneration (nothing changed), wall",
            "group": "generation",
            "unit": "s",
            "higher_is_better": False,
            "ours": side(command, "warm", "wall"),
            "peer": None,
            "goal": {"on": "ours", "op": "<=", "limit": 0.3},
        },
        {
            "key": "check_warm",
            "what": "`--check` (warm cache), wall",
            "group": "generation",
            "unit": "s",
            "higher_is_better": False,
            "ours": side(command + " --check", "check", "wall"),
            "peer": None,
            "goal": {"on": "ours", "op": "<=", "limit": 0.3},
        },
    ]
    if with_history:
        history_command = f"python -m generator --spec {SPEC.parent.name}/{SPEC.name}"
        rows += [
            {
                "key": "generation_cold_history",
                "what": f"cold generation with the {_history_size()}-version history, CPU",
                "group": "generation",
                "unit": "s",
                "higher_is_better": False,
                "ours": side(history_command, "history_cold"),
                "peer": side(f"{OAG} `python` (no history)", OAG),
                "goal": None,
                "rss": {
                    "ours": samples("history_cold", "maxrss_mb"),
                    "peer": samples(OAG, "maxrss_mb"),
                },
                "wall": {
                    "ours": samples("history_cold", "wall"),
                    "peer": samples(OAG, "wall"),
                },
            },
            {
                "key": "check_empty_cache_history",
                "what": "`--check` with the history, empty cache (what CI runs), CPU",
                "group": "generation",
                "unit": "s",
                "higher_is_better": False,
                "ours": side(history_command + " --check", "history_check_empty"),
                "peer": None,
                "goal": None,
            },
        ]
    return rows


def _history_size() -> int:
    from generator.history_files import FILE_PATTERN, default_folder

    folder = default_folder(str(SPEC))
    return (
        sum(1 for p in folder.iterdir() if FILE_PATTERN.match(p.name)) if folder else 0
    )
