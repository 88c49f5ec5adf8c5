"""JSON pointers (RFC 6901) into the loaded spec, and their line numbers in the YAML file."""

from __future__ import annotations

from typing import Any, Iterator

import yaml

#: libyaml's safe loader when PyYAML was built with it: the same documents, ten times faster.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def escape(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def join(*tokens: str | int) -> str:
    return "".join("/" + escape(token) for token in tokens)


def split(pointer: str) -> list[str]:
    if not pointer:
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r}")
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/")]


def resolve(document: Any, pointer: str) -> Any:
    """The value at `pointer`; KeyError when any step is missing."""
    node = document
    for token in split(pointer):
        if isinstance(node, dict):
            key: Any = token
            if key not in node and token.isdigit() and int(token) in node:
                key = int(token)  # PyYAML keeps response codes as integers
            node = node[key]
        elif isinstance(node, list):
            node = node[int(token)]
        else:
            raise KeyError(token)
    return node


def walk(node: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    """Every (pointer, value) below `node`, depth first, in document order."""
    yield pointer, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, pointer + "/" + escape(key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, pointer + "/" + str(index))


def line_of(text: str, pointer: str) -> int | None:
    """The 1-based line where `pointer` starts in YAML `text` (None if it cannot be found).

    Only called when reporting errors, so composing the node tree again is affordable.
    """
    try:
        node = yaml.compose(text, Loader=SAFE_LOADER)
    except yaml.YAMLError:
        return None
    line = None if node is None else node.start_mark.line + 1
    for token in split(pointer):
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if key_node.value == token:
                    line, node = key_node.start_mark.line + 1, value_node
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and token.isdigit():
            if int(token) >= len(node.value):
                return line
            node = node.value[int(token)]
            line = node.start_mark.line + 1
        else:
            return line
    return line
