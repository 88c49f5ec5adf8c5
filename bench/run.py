"""Every row of the performance goals, docker_engine beside its peers, in one run.

    .venv/bin/python bench/run.py [--quick] [--rounds N] [--only GROUP,...]
                                  [--json FILE] [--markdown FILE] [--chart FILE.svg]

Groups (each row names the one that reproduces it):

* ``calls``: client CPU per call against fake daemons (``_calls.py``):
  ``image_inspect`` vs docker-py, vs raw ``http.client`` + ``json.loads``, async
  vs aiodocker; ``image_list`` of 1,000 vs docker-py, async vs aiodocker; and the
  scaling table, ``image_list`` of 10 / 100 / 1,000 / 10,000 images vs docker-py;
* ``streams``: 1 GiB load and export vs raw senders and readers (``_streams.py``);
* ``generation``: cold generation CPU vs openapi-generator, ``--check`` with an
  empty cache (``_generation.py``).

Contenders alternate within every round, so a busy machine slows all of them
alike; each figure is the median over the rounds and its range the min–max over
the rounds (at least 5 per contender). On 2 cores at load average 6–10,
``--quick`` (5 rounds, shorter batches, 256 MiB transfers, no history rows) took
2 minutes and the default (7 rounds, 1 GiB) 10; a quiet machine is faster. The
first run creates ``bench/.venv`` with the peers (about 45 s more).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _calls
import _generation
import _streams
from _common import BENCH, ROOT, ensure_peer_env, table
from _results import (
    Row,
    fmt,
    fmt_range,
    fmt_ratio,
    goal_text,
    met,
    round_ratios,
    summary,
)

GROUPS = ("calls", "streams", "generation")
MIN_ROUNDS = 5
#: The stream rows take this many times the rounds (see main).
STREAM_ROUNDS = 2


def _uptime() -> str:
    try:
        return subprocess.run(
            ["uptime"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "load average: " + ", ".join(f"{x:.2f}" for x in os.getloadavg())


def _busy() -> str:
    """A warning when other work shares the machine (the 1-minute load average above
    half the CPUs): such a run's ranges are wide and its figures not the README's."""
    load, cpus = os.getloadavg()[0], os.cpu_count() or 1
    if load <= cpus / 2:
        return ""
    return f"Not a quiet machine: load average {load:.2f} on {cpus} CPUs at start."


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def _commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "?"
    return commit + (" + uncommitted changes" if git("status", "--porcelain") else "")


def _peers() -> list[str]:
    lines = (BENCH / "requirements-peers.txt").read_text().splitlines()
    wanted = ("docker==", "aiodocker==", "openapi-generator-cli==")
    return [line for line in lines if line.startswith(wanted)]


def _command(args: argparse.Namespace, group: str | None = None) -> str:
    parts = [".venv/bin/python bench/run.py"]
    if args.quick:
        parts.append("--quick")
    if args.rounds is not None:
        parts.append(f"--rounds {args.rounds}")
    only = group or (args.only if args.only != ",".join(GROUPS) else None)
    if only:
        parts.append(f"--only {only}")
    return " ".join(parts)


def _cells(row: Row, args: argparse.Namespace) -> list[str]:
    unit = row["unit"]
    ours = fmt_range(row["ours"]["samples"], unit)
    peer_side = row.get("peer")
    peer = (
        f"{peer_side['name']}: {fmt_range(peer_side['samples'], unit)}"
        if peer_side
        else ""
    )
    if "wall" in row:
        ours += f", wall {fmt_range(row['wall']['ours'], 's')}"
        peer += f", wall {fmt_range(row['wall']['peer'], 's')}"
    if "rss" in row:
        ours += f", peak {fmt_range(row['rss']['ours'], 'MB')}"
        peer += f", peak {fmt_range(row['rss']['peer'], 'MB')}"
    ratio = fmt_ratio(round_ratios(row)) if peer_side else ""
    verdict = {True: "met", False: "**not met**", None: "(info)"}[met(row)]
    return [
        row["what"],
        ours,
        peer,
        ratio,
        goal_text(row),
        verdict,
        f"`{_command(args, row['group'])}`",
    ]


def _scaling_cells(entry: dict[str, object]) -> list[str]:
    images = int(entry["images"])  # type: ignore[call-overload]
    ours: list[float] = entry["ours"]  # type: ignore[assignment]
    peer: list[float] = entry["peer"]  # type: ignore[assignment]
    ratios = [o / p for o, p in zip(ours, peer)]
    return [
        f"{images:,}",
        fmt_range(ours, "µs"),
        fmt(summary(ours)[0] / images, "µs"),
        fmt_range(peer, "µs"),
        fmt(summary(peer)[0] / images, "µs"),
        fmt_ratio(ratios),
    ]


GOAL_HEADERS = ["what", "docker_engine", "peer", "ratio", "goal", "", "command"]
SCALING_HEADERS = [
    "images",
    "docker_engine µs/call",
    "µs/image",
    "docker-py µs/call",
    "µs/image",
    "ratio",
]


def report(results: dict[str, object], args: argparse.Namespace) -> str:
    """The Markdown to paste into README.md: where and how, the goal table, the scaling table."""
    meta: dict[str, object] = results["meta"]  # type: ignore[assignment]
    rows: list[Row] = results["rows"]  # type: ignore[assignment]
    scaling: list[dict[str, object]] = results["scaling"]  # type: ignore[assignment]
    lines = [
        f"Taken {meta['date']} at commit {meta['commit']} with `{meta['command']}`"
        f" ({meta['rounds']} rounds per contender, {STREAM_ROUNDS * int(meta['rounds'])} for the"  # type: ignore[call-overload]
        " stream rows, interleaved; median and min–max over the rounds),"
        f" {meta['minutes']:.1f} min.",
        f"Machine: {meta['cpus']} CPUs ({meta['cpu']}), {meta['platform']}, Python {meta['python']}.",
        f"`uptime` at start: `{meta['uptime_start']}`; at end: `{meta['uptime_end']}`.",
        f"Peers: {', '.join(meta['peers'])}.",  # type: ignore[arg-type]
    ]
    if meta["busy"]:
        lines.append(f"**{meta['busy']}**")
    if rows:
        lines += ["", table(GOAL_HEADERS, [_cells(row, args) for row in rows])]
    if scaling:
        lines += [
            "",
            f"`image_list` cost by list size, client CPU (`{_command(args, 'calls')}`):",
            "",
            table(SCALING_HEADERS, [_scaling_cells(entry) for entry in scaling]),
        ]
    return "\n".join(lines) + "\n"


def draw_chart(json_path: Path, svg_path: Path) -> None:
    """chart.py runs in bench/.venv, where matplotlib is."""
    subprocess.run(
        [
            str(ensure_peer_env()),
            str(BENCH / "chart.py"),
            str(json_path),
            str(svg_path),
        ],
        check=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--quick",
        action="store_true",
        help="5 rounds, short batches, 256 MiB transfers",
    )
    parser.add_argument(
        "--rounds", type=int, help="rounds per contender (default 5 quick, 7)"
    )
    parser.add_argument(
        "--only", default=",".join(GROUPS), help="groups to run: " + ", ".join(GROUPS)
    )
    parser.add_argument(
        "--json", type=Path, help="write the figures (every round) to this file"
    )
    parser.add_argument(
        "--markdown", type=Path, help="write the README tables to this file"
    )
    parser.add_argument(
        "--chart", type=Path, help="draw the figures into this SVG file"
    )
    args = parser.parse_args()
    groups = [g.strip() for g in args.only.split(",") if g.strip()]
    unknown = set(groups) - set(GROUPS)
    if unknown or not groups:
        parser.error(f"--only takes {', '.join(GROUPS)}; got {args.only!r}")
    rounds = args.rounds if args.rounds is not None else (5 if args.quick else 7)
    if rounds < MIN_ROUNDS:
        parser.error(f"--rounds must be at least {MIN_ROUNDS}: a range needs rounds")

    started = time.monotonic()

    def progress(message: str) -> None:
        print(
            f"[{time.monotonic() - started:5.0f} s] {message}",
            file=sys.stderr,
            flush=True,
        )

    meta: dict[str, object] = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime(
            "%Y-%m-%d %H:%M UTC"
        ),
        "command": _command(args),
        "commit": _commit(),
        "cpus": os.cpu_count(),
        "cpu": _cpu_model(),
        "platform": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "uptime_start": _uptime(),
        "busy": _busy(),
        "rounds": rounds,
        "quick": args.quick,
        "peers": _peers(),
    }
    print(f"{meta['command']}  ({meta['date']}, commit {meta['commit']})")
    print(
        f"{meta['cpus']} CPUs ({meta['cpu']}), {meta['platform']}, Python {meta['python']}"
    )
    print(f"uptime: {meta['uptime_start']}", flush=True)
    if meta["busy"]:
        print(meta["busy"], flush=True)
    ensure_peer_env()
    rows: list[Row] = []
    scaling: list[dict[str, object]] = []
    if "calls" in groups:
        call_rows, scaling = _calls.measure(rounds, args.quick, progress)
        rows += call_rows
    if "streams" in groups:
        # twice the rounds: a transfer's wall time also holds the kernel's page
        # allocation for the written file, which on a virtual machine varies up
        # to fivefold from one transfer to the next, whoever writes it
        rows += _streams.measure(
            256 if args.quick else 1024, STREAM_ROUNDS * rounds, progress
        )
    if "generation" in groups:
        rows += _generation.measure(rounds, not args.quick, progress)
    meta["uptime_end"] = _uptime()
    meta["minutes"] = (time.monotonic() - started) / 60
    results: dict[str, object] = {"meta": meta, "rows": rows, "scaling": scaling}
    markdown = report(results, args)
    print()
    print(markdown, end="")
    not_met = [row["key"] for row in rows if met(row) is False]
    print(f"\ngoals not met: {', '.join(not_met) or 'none'}")
    for path in (args.json, args.markdown, args.chart):
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    if args.markdown:
        args.markdown.write_text(markdown)
    if args.chart:
        if args.json:
            draw_chart(args.json, args.chart)
        else:
            with tempfile.NamedTemporaryFile("w", suffix=".json") as f:
                json.dump(results, f, ensure_ascii=False)
                f.flush()
                draw_chart(Path(f.name), args.chart)
    return 0


if __name__ == "__main__":
    sys.exit(main())
