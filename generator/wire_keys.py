"""Wire keys: how the history pass and the overlay name an operation, a parameter, a body or
response field and an enum value by what the daemon sees (see generator.history)."""

from __future__ import annotations

import json
import re
from typing import Any

ENUM_SEPARATOR = "\t="


def operation_key(method: str, path: str) -> str:
    return f"{method.upper()} {re.sub(r'{[^{}]*}', '{}', path)}"


def parameter_key(op_key: str, location: str, name: str) -> str:
    return f"{op_key} body" if location == "body" else f"{op_key} {location}:{name}"


def enum_key(key: str, value: Any) -> str:
    return f"{key}{ENUM_SEPARATOR}{json.dumps(value, sort_keys=True)}"
