"""Show a pull, push, build or load stream the way the docker CLI does.

In a terminal every layer (message ``id``) keeps one line that is rewritten in place
with its ``status`` and a bar drawn from ``progressDetail.current/total``; messages
without a layer (``stream`` text of a build, ``Digest:``/``Status:`` lines) are printed
below. Elsewhere (a pipe, a file) only plain lines are written: statuses and build
output, never the progress updates. This follows ``pkg/jsonmessage`` of the docker CLI.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterable
from typing import TextIO

from .messages import JsonMessage, ProgressDetail

__all__ = ["ProgressPrinter", "human_size", "progress_text", "show_progress"]

_UNITS = ("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")
_CLEAR_LINE = "\x1b[2K\r"


def human_size(size: float) -> str:
    """Decimal units with four significant digits, as docker prints sizes: ``2.15MB``."""
    unit = 0
    while size >= 1000 and unit < len(_UNITS) - 1:
        size /= 1000
        unit += 1
    return f"{size:.4g}{_UNITS[unit]}"


def _duration(seconds: int) -> str:
    """Go's Duration.String() for whole seconds: ``4s``, ``1m5s``, ``2h0m3s``."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h{minutes}m{secs}s"
    if minutes:
        return f"{minutes}m{secs}s"
    return f"{secs}s"


def progress_text(
    detail: ProgressDetail, width: int, now: Callable[[], float] = time.time
) -> str:
    """``[=====>     ]  1.2MB/3.4MB 3s``: the bar (when there is room), the counts and
    the time left, fitted to ``width`` columns."""
    current = detail.current or 0
    total = detail.total or 0
    units = detail.units or ""
    if current <= 0 and total <= 0:
        return ""
    if total <= 0:
        return f"{human_size(current):>8}" if not units else f"{current} {units}"
    if detail.hidecounts:
        numbers = ""
    elif not units:
        numbers = f"{human_size(current):>8}/{human_size(total)}"
        if current > total:
            numbers = f"{human_size(current):>8}"
    else:
        numbers = f"{current}/{total} {units}"
        if current > total:
            numbers = f"{current} {units}"
    fraction = min(max(current / total, 0.0), 1.0)
    left = ""
    if detail.start and current > 0 and fraction < 1.0:
        elapsed = max(now() - detail.start, 0.0)
        left = " " + _duration(int(elapsed / current * (total - current)))
    room = width - len(numbers) - len(left) - 3
    bar_width = min(50, room)
    if bar_width < 10:
        return numbers + left
    filled = int(fraction * bar_width)
    bar = "=" * filled + (">" if filled < bar_width else "")
    return f"[{bar:<{bar_width}}] {numbers}{left}"


class ProgressPrinter:
    """Feed it the messages of a JSON-lines stream; it writes them to ``out``."""

    def __init__(
        self,
        out: TextIO,
        *,
        tty: bool,
        width: Callable[[], int] | None = None,
        now: Callable[[], float] = time.time,
    ) -> None:
        self.out = out
        self.tty = tty
        self._width = width or (lambda: shutil.get_terminal_size((80, 24)).columns)
        self._now = now
        self._lines: dict[str, int] = {}  # layer id -> its line, counted from the top

    def feed(self, message: JsonMessage) -> None:
        has_progress = message.progress_detail is not None or bool(message.progress)
        if message.aux is not None and not (message.status or message.stream):
            return  # build image ID, push digest: results, not output
        if self.tty and message.id and has_progress:
            line = self._lines.get(message.id)
            if line is None:
                line = self._lines[message.id] = len(self._lines)
                self.out.write("\n")
            up = len(self._lines) - line
            self.out.write(f"\x1b[{up}A")
            self.out.write(_CLEAR_LINE + self._fit(self._layer_line(message)) + "\r")
            self.out.write(f"\x1b[{up}B")
        else:
            # Anything but a layer update starts a new block of layer lines.
            self._lines.clear()
            self._plain(message, has_progress)
        self.out.flush()

    def _fit(self, text: str) -> str:
        # A line that wraps would break the cursor arithmetic.
        width = max(self._width() - 1, 10)
        return text if len(text) <= width else text[: width - 1] + "…"

    def _prefix(self, message: JsonMessage) -> str:
        text = f"{message.id}: " if message.id else ""
        if message.from_:
            text += f"(from {message.from_}) "
        return text

    def _layer_line(self, message: JsonMessage) -> str:
        head = self._prefix(message) + (message.status or "")
        detail = message.progress_detail
        bar = ""
        if detail is not None:
            bar = progress_text(detail, self._width() - len(head) - 2, self._now)
        elif message.progress:
            bar = message.progress
        return f"{head} {bar}" if bar else head

    def _plain(self, message: JsonMessage, has_progress: bool) -> None:
        detail = message.progress_detail
        if has_progress and (
            message.progress
            or (detail is not None and (detail.current or detail.total))
        ):
            return  # progress updates are for terminals only
        if message.stream is not None:
            self.out.write(message.stream)
            return
        if message.status is None and not message.id:
            return
        clear = _CLEAR_LINE if self.tty else ""
        self.out.write(clear + self._prefix(message) + (message.status or "") + "\n")


def show_progress(
    messages: Iterable[JsonMessage], out: TextIO, *, tty: bool
) -> ProgressPrinter:
    """Print every message of ``messages`` (a ``JsonStream[JsonMessage]``)."""
    printer = ProgressPrinter(out, tty=tty)
    for message in messages:
        printer.feed(message)
    return printer
