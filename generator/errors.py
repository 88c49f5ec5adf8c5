"""Errors the generator reports to its user: one line per problem, never a traceback."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One defect in the input, located as precisely as the input allows."""

    message: str
    pointer: str = ""  # JSON pointer into the spec, "" when the problem is global
    line: int | None = None  # 1-based line in the spec file, when known

    def render(self, source: str) -> str:
        """One line, whatever the spec's names hold: control characters are escaped, so a
        name cannot start another line (a CI runner reads `::command::` lines of the log) or
        send terminal escape sequences."""
        where = source if self.line is None else f"{source}:{self.line}"
        at = f" at {self.pointer}" if self.pointer else ""
        return _printable(f"{where}:{at} {self.message}" if at else f"{where}: {self.message}")


def _printable(text: str) -> str:
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)


class GeneratorError(Exception):
    """Stops generation before anything is written; the CLI turns it into exit code 2."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        super().__init__(f"{source}: {len(problems)} problem(s)")
        self.source = source
        self.problems = problems

    def lines(self) -> list[str]:
        return [problem.render(self.source) for problem in self.problems]
