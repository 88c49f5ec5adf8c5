"""Generation time and peak memory, against openapi-generator on the same spec.

    .venv/bin/python bench/generation.py [--runs N]

Per run (interleaved, fresh processes):

* openapi-generator 7.26 (``openapi-generator-cli`` from PyPI, bundled jar, Java 17):
  ``generate -g python`` into a fresh folder (client, docs, test stubs);
* docker-engine-codegen (a snapshot of ``generator/``, ``templates/``, ``spec/``) cold: ``python -m generator`` with an empty cache
  (``XDG_CACHE_HOME`` a new empty folder) into a fresh ``--out``;
* warm: the same command again (same cache, same output: nothing changed);
* ``--check`` with that cache and output;
* ``--check`` of that output with an empty cache (what a fresh CI machine does).

Wall time, CPU time (user + sys, the process and its children: the generator
validates the spec in a worker process; openapi-generator is a JVM) and peak RSS
(``wait4``: the largest of the process and its children). One untimed cold run
first fills the bytecode cache (see ``_common.bench_env``).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

from _common import (
    PEER_VENV,
    PROJECT_PY,
    ROOT,
    SPEC,
    Measured,
    bench_env,
    ensure_peer_env,
    machine,
    median,
    run_measured,
    table,
    verdict,
)


def snapshot(into: Path) -> Path:
    """A copy of the generator's inputs (others may edit the work tree meanwhile: a
    warm run must see the same inputs as the cold one), laid out as the wheel installs
    them: templates/ and spec/ inside the package, where the snapshot's generator finds
    them before the editable install's mapping to the work tree."""
    for folder, target in (
        ("generator", "generator"),
        ("templates", "generator/_templates"),
        ("spec", "generator/_spec"),
    ):
        shutil.copytree(
            ROOT / folder, into / target, ignore=shutil.ignore_patterns("__pycache__")
        )
    return into


def ours(tree: Path, out: Path, cache: Path, *extra: str) -> Measured:
    env = bench_env(XDG_CACHE_HOME=str(cache))
    # cwd first on sys.path: the snapshot's generator package is the one imported
    return run_measured(
        [PROJECT_PY, "-m", "generator", "--spec", SPEC, "--out", out, *extra],
        env=env,
        cwd=tree,
    )


def oag(out: Path) -> Measured:
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    ensure_peer_env()
    print(machine())
    names = [
        "openapi-generator (cold)",
        "ours cold",
        "ours warm",
        "ours --check",
        "ours --check, empty cache",
    ]
    samples: dict[str, dict[str, list[float]]] = {
        n: {"wall": [], "cpu": [], "rss": []} for n in names
    }
    with tempfile.TemporaryDirectory(prefix="bench-gen-") as tmp:
        root = Path(tmp)
        tree = snapshot(root / "tree")
        ours(tree, root / "warmup-out", root / "warmup-cache")
        for run in range(args.runs):
            out, cache, peer_out = (
                root / f"out{run}",
                root / f"cache{run}",
                root / f"oag{run}",
            )
            results = {
                "openapi-generator (cold)": oag(peer_out),
                "ours cold": ours(tree, out, cache),
                "ours warm": ours(tree, out, cache),
                "ours --check": ours(tree, out, cache, "--check"),
                "ours --check, empty cache": ours(
                    tree, out, root / f"cache{run}-empty", "--check"
                ),
            }
            assert "up to date" in results["ours warm"].stdout, results[
                "ours warm"
            ].stdout
            assert "up to date" in results["ours --check"].stdout, results[
                "ours --check"
            ].stdout
            for name, m in results.items():
                samples[name]["wall"].append(m.wall)
                samples[name]["cpu"].append(m.cpu)
                samples[name]["rss"].append(m.maxrss_mb)
            files_oag = sum(1 for p in peer_out.rglob("*") if p.is_file())
            files_ours = sum(1 for p in out.rglob("*") if p.is_file())
            for folder in (out, cache, peer_out, root / f"cache{run}-empty"):
                shutil.rmtree(folder, ignore_errors=True)
            print(
                f"run {run + 1}/{args.runs}: oag {results['openapi-generator (cold)'].wall:.2f} s,"
                f" ours cold {results['ours cold'].wall:.2f} s, warm {results['ours warm'].wall:.3f} s,"
                f" check {results['ours --check'].wall:.3f} s",
                file=sys.stderr,
                flush=True,
            )
    med = {n: {k: median(v) for k, v in s.items()} for n, s in samples.items()}
    peer = med["openapi-generator (cold)"]
    rows = []
    for name in names:
        m = med[name]
        rows.append(
            [
                name,
                f"{m['wall']:.2f}",
                f"{m['cpu']:.2f}",
                f"{m['rss']:.0f}",
                f"{m['wall'] / peer['wall']:.3f}",
            ]
        )
    print(
        f"\ngeneration of the v1.44 client + docs, median of {args.runs} runs"
        f" ({files_ours} files ours, {files_oag} openapi-generator)"
    )
    print(
        table(["", "wall s", "CPU s", "peak RSS MB", "÷ openapi-generator wall"], rows)
    )
    cold_ok = med["ours cold"]["wall"] <= 0.5 * peer["wall"]
    warm_ok = med["ours warm"]["wall"] < 0.3 and med["ours --check"]["wall"] < 0.3
    print(
        f"goal cold ≤ 0.5× openapi-generator: {verdict(cold_ok)};"
        f" warm and --check < 0.3 s: {verdict(warm_ok)}"
    )
    if args.json:
        with open(args.json, "w") as f:
            json.dump(med, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
