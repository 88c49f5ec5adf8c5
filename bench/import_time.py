"""Import + client construction time, each run in a fresh process.

    .venv/bin/python bench/import_time.py [--runs N] [--quick]

* docker_engine: ``import docker_engine; docker_engine.DockerClient()``
* docker-py: ``import docker; docker.APIClient()`` (its default ``version="auto"``
  asks the daemon at /var/run/docker.sock for its version right away; docker_engine
  negotiates on first use, so a second row pins ``version="1.41"``)
* openapi-generator: ``import <pkg>; <pkg>.ApiClient()`` of the ``python`` client it
  generates from the same spec (generated once, cached in ``bench/.venv/oag-client``)

All run on the same interpreter, ``bench/.venv`` (docker_engine from ``generated/``
on ``PYTHONPATH``, with the same httpx2 and pydantic as the project); the row
"project .venv" shows docker_engine in the development virtualenv, whose editable
install adds a path finder to every start. Runs are interleaved; medians of the
process wall time, of the import + construction time measured inside the process,
and of peak RSS. Bytecode caching is on for every case (see ``bench_env``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys

from _common import (
    PEER_VENV,
    bench_env,
    PROJECT_PY,
    ROOT,
    SPEC,
    ensure_peer_env,
    machine,
    median,
    run_measured,
    table,
    verdict,
)

OAG_PACKAGE = "docker_oag"

SNIPPET = """
import json, time, resource
t0 = time.perf_counter()
{code}
t1 = time.perf_counter()
print(json.dumps({{"inner": t1 - t0}}))
"""


def oag_client() -> str:
    """Folder holding openapi-generator's python client of SPEC (generated once)."""
    digest = hashlib.sha256(SPEC.read_bytes()).hexdigest()[:16]
    out = PEER_VENV / "oag-client" / digest
    if (out / OAG_PACKAGE / "__init__.py").exists():
        return str(out)
    tmp = out.with_name(out.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    print(
        "generating the openapi-generator client once ...", file=sys.stderr, flush=True
    )
    run_measured(
        [
            PEER_VENV / "bin" / "openapi-generator-cli",
            "generate",
            "-i",
            SPEC,
            "-g",
            "python",
            "-o",
            tmp,
            "--package-name",
            OAG_PACKAGE,
        ]
    )
    shutil.rmtree(out, ignore_errors=True)
    os.rename(tmp, out)
    return str(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--quick", action="store_true", help="5 runs")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    runs = 5 if args.quick else args.runs
    peer_py = ensure_peer_env()
    oag = oag_client()
    generated = str(ROOT / "generated")
    cases = [
        (
            "docker_engine",
            peer_py,
            generated,
            "import docker_engine\nc = docker_engine.DockerClient()",
        ),
        (
            "docker-py APIClient()",
            peer_py,
            None,
            "import docker\nc = docker.APIClient()",
        ),
        (
            "docker-py APIClient(version='1.41')",
            peer_py,
            None,
            "import docker\nc = docker.APIClient(version='1.41')",
        ),
        (
            f"openapi-generator ({OAG_PACKAGE})",
            peer_py,
            oag,
            f"import {OAG_PACKAGE}\nc = {OAG_PACKAGE}.ApiClient()",
        ),
        (
            "docker_engine (project .venv)",
            PROJECT_PY,
            None,
            "import docker_engine\nc = docker_engine.DockerClient()",
        ),
        ("python -c pass (baseline)", peer_py, None, "pass"),
    ]
    print(machine())
    samples: dict[str, dict[str, list[float]]] = {
        name: {"wall": [], "inner": [], "rss": []} for name, *_ in cases
    }
    for run in range(runs + 1):  # the first round only warms the file cache
        for name, python, path, code in cases:
            env = bench_env(path)
            m = run_measured(
                [python, "-c", SNIPPET.format(code=code)], env=env, cwd="/"
            )
            if run:
                s = samples[name]
                s["wall"].append(m.wall)
                s["inner"].append(
                    json.loads(m.stdout.strip().splitlines()[-1])["inner"]
                )
                s["rss"].append(m.maxrss_mb)
    med = {name: {k: median(v) for k, v in s.items()} for name, s in samples.items()}
    ours = med["docker_engine"]
    rows = []
    for name, *_ in cases:
        m = med[name]
        rows.append(
            [
                name,
                f"{m['wall'] * 1000:.0f}",
                f"{m['inner'] * 1000:.0f}",
                f"{m['rss']:.1f}",
                f"{ours['wall'] / m['wall']:.2f}",
                f"{ours['inner'] / m['inner']:.2f}" if m["inner"] > 1e-3 else "-",
            ]
        )
    print(f"\nimport + client construction, median of {runs} fresh processes")
    print(
        table(
            [
                "",
                "process wall ms",
                "import+client ms",
                "peak RSS MB",
                "docker_engine ÷ (wall)",
                "docker_engine ÷ (import+client)",
            ],
            rows,
        )
    )
    dp = med["docker-py APIClient()"]
    ok = ours["wall"] <= dp["wall"] and ours["inner"] <= dp["inner"]
    print(
        f"goal (no slower than docker-py's import docker + APIClient()): {verdict(ok)}"
    )
    if args.json:
        with open(args.json, "w") as f:
            json.dump(med, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
