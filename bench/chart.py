"""Draw a bench run as an SVG: each row, docker_engine beside its peer, with the ranges.

    bench/.venv/bin/python bench/chart.py RESULTS.json OUT.svg

RESULTS.json is what ``run.py --json`` writes (``run.py --chart`` calls this script).
Left: every row of the goal table, as cost relative to the peer (the peer's median is 1;
throughput is turned into time per byte, so lower is better everywhere), on a log scale;
bars are medians over the rounds, whiskers the min–max over the rounds, the black tick
the goal. Rows without a peer are shown relative to their goal. Right: ``image_list``
CPU per image by list size, docker_engine and docker-py.

The SVG is deterministic for given figures: text kept as text in a fixed font family,
no date in its metadata, a fixed hash salt for its ids.
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import FixedLocator, FuncFormatter, NullLocator  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import Row, fmt, round_ratios, summary  # noqa: E402

OURS, PEER, GOAL = "#1f6fb4", "#b0b0b0", "#000000"

matplotlib.rcParams.update(
    {
        "svg.hashsalt": "docker-engine-codegen bench",
        "svg.fonttype": "none",
        "font.family": "DejaVu Sans",
        "font.size": 9,
    }
)


def _relative(row: Row) -> tuple[list[float], list[float] | None, float, str]:
    """(ours' samples relative to the reference, the peer's or None, the goal there, label)."""
    goal = row["goal"]
    peer = row.get("peer")
    flip = row.get("higher_is_better", False)
    if peer:
        peer_median = summary(peer["samples"])[0]
        ours = [1 / r for r in round_ratios(row)] if flip else round_ratios(row)
        peers = [
            (peer_median / s) if flip else (s / peer_median) for s in peer["samples"]
        ]
        limit = goal["limit"] if goal else 1.0
        return ours, peers, (1 / limit if flip else limit), f"vs {peer['name']}"
    assert goal is not None and goal["on"] == "ours", row["key"]
    ours = [s / goal["limit"] for s in row["ours"]["samples"]]
    return ours, None, 1.0, "vs its goal"


def _figure(row: Row) -> str:
    """The row's figure as the table prints it (throughput stays a throughput ratio)."""
    if row.get("peer"):
        ratio = summary(round_ratios(row))[0]
        return f"{ratio:.2f}× MiB/s" if row.get("higher_is_better") else f"{ratio:.2f}×"
    return f"{fmt(summary(row['ours']['samples'])[0], row['unit'])}"


LEFT = 0.05  # bars start at the axis' left edge, the same for every row


def _bar(
    ax: plt.Axes, y: float, height: float, samples: list[float], color: str
) -> float:
    """A bar at the median with the min–max as whiskers; returns the median."""
    mid, low, high = summary(samples)
    ax.barh(
        y,
        mid - LEFT,
        height,
        left=LEFT,
        xerr=[[mid - low], [high - mid]],
        color=color,
        capsize=2,
        ecolor="#333333",
        error_kw={"elinewidth": 0.8},
    )


def _log_axis(axis: object, values: list[float], suffix: str) -> None:
    """Ticks at 1-2-5 steps labelled plainly (not as powers of ten)."""
    low, high = min(values), max(values)
    ticks = [
        m * 10.0**e
        for e in range(-3, 6)
        for m in (1, 2, 5)
        if low <= m * 10.0**e <= high
    ]
    axis.set_major_locator(FixedLocator(ticks))  # type: ignore[attr-defined]
    axis.set_minor_locator(NullLocator())  # type: ignore[attr-defined]
    axis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}{suffix}"))  # type: ignore[attr-defined]


def _goal_rows(ax: plt.Axes, rows: list[Row]) -> None:
    height = 0.38
    labels = []
    extent = [1.0]
    for i, row in enumerate(rows):
        y = len(rows) - 1 - i
        ours, peers, goal, versus = _relative(row)
        _bar(ax, y + height / 2, height, ours, OURS)
        ax.text(max(ours) * 1.1, y + height / 2, _figure(row), va="center", fontsize=7)
        extent += ours + [goal]
        if peers is not None:
            _bar(ax, y - height / 2, height, peers, PEER)
            extent += peers
        ax.plot([goal, goal], [y - 0.45, y + 0.45], color=GOAL, linewidth=1.5)
        labels.append(f"{row['what'].replace('`', '')}\n{versus}")
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels(list(reversed(labels)), fontsize=7)
    ax.set_xscale("log")
    ax.set_xlim(LEFT, max(extent) * 3)
    _log_axis(ax.xaxis, [LEFT, max(extent) * 3], "×")
    ax.axvline(1.0, color="#666666", linewidth=0.6, linestyle=":")
    ax.set_xlabel(
        "cost relative to the peer (peer's median = 1; lower is better; log scale)"
    )
    ax.set_ylim(-0.7, len(rows) - 0.3)
    ax.barh(0, 0, left=1, color=OURS, label="docker_engine (median, min–max)")
    ax.barh(0, 0, left=1, color=PEER, label="peer (median, min–max)")
    ax.plot([], [], color=GOAL, label="goal")
    ax.legend(
        loc="upper center",
        bbox_to_anchor=(0.5, -0.07),
        ncol=3,
        fontsize=7,
        frameon=False,
    )


def _scaling(ax: plt.Axes, scaling: list[dict[str, object]]) -> None:
    sizes = [int(entry["images"]) for entry in scaling]  # type: ignore[call-overload]
    for key, name, color in (
        ("ours", "docker_engine", OURS),
        ("peer", "docker-py", "#777777"),
    ):
        per_image = [
            [s / size for s in entry[key]]  # type: ignore[attr-defined]
            for entry, size in zip(scaling, sizes)
        ]
        mids = [statistics.median(p) for p in per_image]
        err = [
            [m - min(p) for m, p in zip(mids, per_image)],
            [max(p) - m for m, p in zip(mids, per_image)],
        ]
        ax.errorbar(
            sizes,
            mids,
            yerr=err,
            color=color,
            marker="o",
            markersize=3,
            capsize=2,
            label=name,
        )
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.xaxis.set_major_locator(FixedLocator(sizes))
    ax.xaxis.set_minor_locator(NullLocator())
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
    every = [
        s / size
        for entry, size in zip(scaling, sizes)
        for key in ("ours", "peer")
        for s in entry[key]
    ]  # type: ignore[attr-defined]
    _log_axis(ax.yaxis, [min(every) / 1.2, max(every) * 1.2], "")
    ax.set_xlabel("images listed (log)")
    ax.set_ylabel("client CPU per image, µs (log)")
    ax.set_title("image_list: cost per image", fontsize=9)
    ax.legend(fontsize=7, frameon=False)


def draw(results: dict[str, object], out: Path) -> None:
    rows: list[Row] = [r for r in results["rows"] if r.get("goal")]  # type: ignore[attr-defined]
    scaling: list[dict[str, object]] = results["scaling"]  # type: ignore[assignment]
    meta: dict[str, object] = results["meta"]  # type: ignore[assignment]
    columns = 2 if scaling else 1
    fig, axes = plt.subplots(
        1,
        columns,
        figsize=(11 if scaling else 8, 0.55 * len(rows) + 1.6),
        gridspec_kw={"width_ratios": [2.2, 1]} if scaling else None,
        squeeze=False,
    )
    if rows:
        _goal_rows(axes[0][0], rows)
    if scaling:
        _scaling(axes[0][-1], scaling)
    load = str(meta["uptime_start"]).rpartition("load average:")[2].strip()
    fig.suptitle(
        f"docker_engine vs its peers: {meta['command']}\n"
        f"{meta['date']}, {meta['cpus']} CPUs ({meta['cpu']}), Python {meta['python']},"
        f" load average at start {load}; {meta['rounds']} rounds per contender",
        fontsize=8,
    )
    fig.tight_layout()
    fig.savefig(
        out,
        format="svg",
        bbox_inches="tight",
        metadata={"Date": None, "Creator": "bench/chart.py"},
    )
    plt.close(fig)


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    results = json.loads(Path(sys.argv[1]).read_text())
    draw(results, Path(sys.argv[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
