"""The figures of one bench run: rows of samples, their summaries, the goal verdicts.

Plain dicts (they are the JSON that ``run.py --json`` writes and ``chart.py`` reads)
and stdlib only: ``chart.py`` runs in ``bench/.venv``, ``run.py`` in the project's.

A row compares ``ours`` with a ``peer`` (or, without a peer, with an absolute
goal). Each side holds one sample per round; rounds interleave the contenders, so
round ``i`` of ours and of the peer ran side by side and their quotient is that
round's ratio. The figure of a row is the median over rounds and its range the
min–max over rounds: what another run on the same machine should fall within.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from typing import Any, TypedDict


class Side(TypedDict):
    name: str
    samples: list[float]


class Goal(TypedDict):
    on: str  # "ratio" (ours ÷ peer) or "ours" (ours' own median, in the row's unit)
    op: str  # "<=" or ">="
    limit: float


class Row(TypedDict, total=False):
    key: str
    what: str
    group: str  # the run.py --only group that measures it
    unit: str  # of the samples: "µs", "s", "MiB/s"
    higher_is_better: bool
    ours: Side
    peer: Side | None
    goal: Goal | None
    # peak RSS (MB) per round of "ours" and "peer", and "limit_mb" on ours' largest
    rss: dict[str, Any]
    wall: dict[str, list[float]]  # wall seconds per round, where the samples are CPU


def summary(samples: Sequence[float]) -> tuple[float, float, float]:
    """(median, min, max)."""
    return statistics.median(samples), min(samples), max(samples)


def round_ratios(row: Row) -> list[float]:
    """ours ÷ peer, round by round (the rounds ran side by side)."""
    peer = row.get("peer")
    if not peer:
        return []
    return [o / p for o, p in zip(row["ours"]["samples"], peer["samples"])]


def _holds(value: float, op: str, limit: float) -> bool:
    return value <= limit if op == "<=" else value >= limit


def met(row: Row) -> bool | None:
    """Whether the row's goal is met by its median (None: no goal, information only)."""
    goal = row.get("goal")
    if goal is None:
        return None
    if goal["on"] == "ratio":
        value = summary(round_ratios(row))[0]
    else:
        value = summary(row["ours"]["samples"])[0]
    ok = _holds(value, goal["op"], goal["limit"])
    limit_mb = row.get("rss", {}).get("limit_mb")
    if limit_mb is not None:
        ok = ok and max(row["rss"]["ours"]) < limit_mb
    return ok


def goal_text(row: Row) -> str:
    goal = row.get("goal")
    if goal is None:
        return ""
    sign = "≤" if goal["op"] == "<=" else "≥"
    text = (
        f"{sign} {goal['limit']:g}×"
        if goal["on"] == "ratio"
        else f"{sign} {fmt(goal['limit'], row['unit'])}"
    )
    limit_mb = row.get("rss", {}).get("limit_mb")
    if limit_mb is not None:
        text += f", < {limit_mb:g} MB peak"
    return text


def _scale(value: float, unit: str) -> tuple[float, str]:
    if unit == "s" and value < 0.1:
        return 1000.0, "ms"
    return 1.0, unit


def _number(value: float) -> str:
    """About three significant digits, thousands separated."""
    digits = 0 if abs(value) >= 100 else 1 if abs(value) >= 10 else 2
    return f"{value:,.{digits}f}"


def fmt(value: float, unit: str) -> str:
    factor, shown = _scale(value, unit)
    return f"{_number(value * factor)} {shown}"


def fmt_range(samples: Sequence[float], unit: str) -> str:
    """median (min–max), the range in the median's scale."""
    mid, low, high = summary(samples)
    factor, shown = _scale(mid, unit)
    return (
        f"{_number(mid * factor)} {shown}"
        f" ({_number(low * factor)}–{_number(high * factor)})"
    )


def fmt_ratio(ratios: Sequence[float]) -> str:
    mid, low, high = summary(ratios)
    return f"{mid:.2f}× ({low:.2f}–{high:.2f})"
