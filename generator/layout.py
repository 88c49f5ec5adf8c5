"""black's layout of a long expression the templates emit, so that a cold run need not import black.

An expression here is what the views build on one line: names, numbers, string literals,
keyword arguments, calls, subscripts, tuples and `A | B`. `split` lays out one that is too
long as black does: at its last bracket, the inside on one line if it fits, else one item
per line with a trailing comma, each item split again the same way. It returns None for
anything else; that line is left long and black (formatting.py) lays it out instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .formatting import LINE_LENGTH

_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'| \| |, ?|[()\[\]]|[^()\[\]{}",\'| ]+')
_PUNCTUATION = {"(", ")", "[", "]", ", ", ",", " | "}
_CLOSING = {"(": ")", "[": "]"}


@dataclass(frozen=True)
class _Group:
    """`head(items)` or `head[items]`; head "" or a keyword argument's `name=` with "(" is a
    tuple, with "[" a list."""

    head: str
    opening: str
    items: tuple[_Expression, ...]

    @property
    def is_literal(self) -> bool:
        """A tuple or list display: black puts one item per line whenever it splits one."""
        return not self.head or self.head.endswith("=")

    def text(self) -> str:
        inner = ", ".join(item.text() for item in self.items)
        if self.is_literal and self.opening == "(" and len(self.items) == 1:
            inner += ","
        return f"{self.head}{self.opening}{inner}{_CLOSING[self.opening]}"


@dataclass(frozen=True)
class _Atom:
    source: str

    def text(self) -> str:
        return self.source


@dataclass(frozen=True)
class _Union:
    operands: tuple[_Expression, ...]

    def text(self) -> str:
        return " | ".join(operand.text() for operand in self.operands)


_Expression = _Group | _Atom | _Union


class _Unsupported(Exception):
    pass


def split(source: str, indent: int, prefix: str = "", suffix: str = "", inside_brackets: bool = True) -> str | None:
    """`prefix + source + suffix` at `indent` spaces, in black's layout; None when black is
    needed. `inside_brackets`: the line is the inside of a bracket (an item, or the body of
    a split), where black may split a `|` chain; a statement's value is split at its last
    bracket only."""
    try:
        expression = _parse(source)
        if not inside_brackets and not isinstance(expression, _Group):
            return None
        return "\n".join(_lines(expression, indent, prefix, suffix))
    except _Unsupported:
        return None


def lay_out(source: str, indent: int, prefix: str = "", suffix: str = "", inside_brackets: bool = True) -> str:
    """`split`'s layout, or the one long line that black (formatting.py) will lay out."""
    laid_out = split(source, indent, prefix, suffix, inside_brackets)
    return f"{' ' * indent}{prefix}{source}{suffix}" if laid_out is None else laid_out


def _fits(line: str) -> bool:
    return len(line) <= LINE_LENGTH


def _lines(expression: _Expression, indent: int, prefix: str, suffix: str) -> list[str]:
    pad = " " * indent
    line = f"{pad}{prefix}{expression.text()}{suffix}"
    if _fits(line):
        return [line]
    if isinstance(expression, _Atom):
        raise _Unsupported  # nothing to split at: black would leave it long, or do more than this
    if isinstance(expression, _Union):
        lines: list[str] = []
        for number, operand in enumerate(expression.operands):
            last = number == len(expression.operands) - 1
            lines += _lines(operand, indent, prefix if number == 0 else "| ", suffix if last else "")
        return lines
    head = f"{pad}{prefix}{expression.head}{expression.opening}"
    closing = f"{pad}{_CLOSING[expression.opening]}{suffix}"
    if not _fits(head) or not expression.items:
        raise _Unsupported
    one_item_tuple = expression.is_literal and expression.opening == "(" and len(expression.items) == 1
    body = f"{pad}    {', '.join(item.text() for item in expression.items)}" + ("," if one_item_tuple else "")
    if _fits(body) and not (expression.is_literal and len(expression.items) > 1):
        return [head, body, closing]
    # black adds a trailing comma to items it puts one per line; a lone item gets none (a
    # one-item tuple keeps its own)
    item_suffix = "," if len(expression.items) > 1 or one_item_tuple else ""
    lines = [head]
    for item in expression.items:
        lines += _lines(item, indent + 4, "", item_suffix)
    return lines + [closing]


def _parse(source: str) -> _Expression:
    tokens = _TOKEN.findall(source)
    if "".join(tokens) != source:
        raise _Unsupported  # a space other than after a comma or around `|`: another operator
    expression, position = _expression(tokens, 0)
    if position != len(tokens):
        raise _Unsupported
    return expression


def _expression(tokens: list[str], position: int) -> tuple[_Expression, int]:
    """One comma-free expression from tokens[position]; a `|` chain of terms."""
    operands: list[_Expression] = []
    while True:
        term, position = _term(tokens, position)
        operands.append(term)
        if position < len(tokens) and tokens[position] == " | ":
            position += 1
            continue
        break
    return (operands[0] if len(operands) == 1 else _Union(tuple(operands))), position


def _term(tokens: list[str], position: int) -> tuple[_Expression, int]:
    """A string, a name or keyword argument, or one of those followed by one bracket group."""
    start = position
    while position < len(tokens) and tokens[position] not in _PUNCTUATION:
        position += 1
    head = "".join(tokens[start:position])
    if head and head[-1] in "\"'" and position < len(tokens) and tokens[position] in _CLOSING:
        raise _Unsupported  # a string called or indexed
    if position >= len(tokens) or tokens[position] not in _CLOSING:
        if not head:
            raise _Unsupported
        return _Atom(head), position
    opening = tokens[position]
    items: list[_Expression] = []
    position += 1
    trailing_comma = False
    while tokens[position : position + 1] != [_CLOSING[opening]]:
        item, position = _expression(tokens, position)
        items.append(item)
        trailing_comma = tokens[position : position + 1] in ([", "], [","])
        if trailing_comma:
            position += 1
        elif tokens[position : position + 1] != [_CLOSING[opening]]:
            raise _Unsupported
    group = _Group(head, opening, tuple(items))
    if trailing_comma and not (group.is_literal and opening == "(" and len(items) == 1):
        raise _Unsupported  # a magic trailing comma: black explodes the group even when it fits
    position += 1
    if position < len(tokens) and tokens[position] in _CLOSING:
        raise _Unsupported  # a second trailer: black's choice of where to split is subtler
    return group, position
