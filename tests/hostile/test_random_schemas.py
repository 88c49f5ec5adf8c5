"""Random valid Swagger 2.0 specs generate models that compile, import and round-trip JSON.

Each example is a spec of a few definitions (objects with properties named from a wide
alphabet: keywords, builtins, punctuation, unicode; nested objects, arrays, maps, enums,
$refs between definitions including cycles, x-nullable, required lists; and named arrays,
maps, enums and $refs) with one GET operation per definition returning it. The generated
package is imported in a fresh interpreter (every generated package is `docker_engine`),
where random JSON instances of each definition must come back from
`model_validate(instance).model_dump(mode="json", by_alias=True, exclude_unset=True)`
unchanged. The models are lenient, so instances leave out fields at random, hold null only
where x-nullable allows it, and carry unknown keys (kept by extra="allow").
"""

from __future__ import annotations

import keyword
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from generator import build
from generator.cli import main
from generator.overlay import load_overlay

from .support import import_check, static_problems

MAX_DEPTH = 3  # of nested schemas in one definition, and of nested instances
NOTABLE = [
    *keyword.kwlist,
    *"self cls type id list dict str int float bool bytes json copy dict schema fields validate Any Field Model".split(),
    *"model_config model_fields model_dump TypeAlias wire Request None True False null __init__ _ __class__".split(),
    *["", " ", "a b", "a-b", "a.b", "a_b", "A-B", "1st", "ID", "Id", "id_", "ünï", "名前", "a\"b", "a'b", "a\\b", "\x00", "x\ny"],
]
# Property names: anything (but "~", which starts the unknown keys of the instances).
property_names = st.one_of(
    st.sampled_from(NOTABLE),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="~"), max_size=10),
)
# Definition names end up in $refs (URI fragments) and file names: a tamer alphabet.
definition_names = st.one_of(
    st.sampled_from(["Model", "Field", "Any", "None", "class", "list", "str", "type", "json", "Request", "TypeAlias", "Api"]),
    st.from_regex(r"[A-Za-z_][A-Za-z0-9_.-]{0,8}", fullmatch=True),
)


def _nullable(schema: dict[str, Any], draw: st.DrawFn) -> dict[str, Any]:
    if draw(st.booleans()):
        schema["x-nullable"] = True
    return schema


@st.composite
def schemas(draw: st.DrawFn, definitions: list[str], forward: list[str], depth: int = 0, root: bool = False) -> dict[str, Any]:
    """A schema: a scalar (maybe an enum), array, map, object, or $ref.

    $refs through properties, items and map values may make any cycle; a definition that is
    a bare $ref, and allOf, refer only to `forward` definitions: openapi-spec-validator
    follows cycles through those without end (tests/hostile/specs/cycle_validator_endless).
    """
    kinds = ["string", "integer", "number", "boolean", "any"]
    kinds += ["ref"] if forward or not root else []
    kinds += ["ref-allof"] if forward else []
    if depth < MAX_DEPTH:
        kinds += ["array", "map", "object", "free-object"]
    kind = draw(st.sampled_from(kinds))
    if kind in ("string", "integer", "number", "boolean"):
        schema: dict[str, Any] = {"type": kind}
        values = {"string": st.text(max_size=8), "integer": st.integers(-(2**53), 2**53), "number": st.floats(-1e9, 1e9), "boolean": st.booleans()}[kind]
        if kind == "integer" and draw(st.booleans()):
            schema["format"] = "int64"
        if draw(st.integers(0, 3)) == 0:
            schema["enum"] = draw(st.lists(values, min_size=1, max_size=4, unique=True))
        return _nullable(schema, draw)
    if kind == "any":
        return {}
    if kind == "ref":
        return _nullable({"$ref": "#/definitions/" + draw(st.sampled_from(forward if root else definitions))}, draw)
    if kind == "ref-allof":  # how the Engine API writes a nullable or described $ref
        return _nullable({"allOf": [{"$ref": "#/definitions/" + draw(st.sampled_from(forward))}], "description": "ref"}, draw)
    if kind == "array":
        return _nullable({"type": "array", "items": draw(schemas(definitions, forward, depth + 1))}, draw)
    if kind == "map":
        return _nullable({"type": "object", "additionalProperties": draw(schemas(definitions, forward, depth + 1))}, draw)
    if kind == "free-object":
        return _nullable({"type": "object"}, draw)
    return _nullable(draw(objects(definitions, forward, depth + 1)), draw)


@st.composite
def objects(draw: st.DrawFn, definitions: list[str], forward: list[str], depth: int = 0) -> dict[str, Any]:
    names = draw(st.lists(property_names, min_size=1, max_size=5, unique=True))
    schema: dict[str, Any] = {"type": "object", "properties": {name: draw(schemas(definitions, forward, depth)) for name in names}}
    required = draw(st.lists(st.sampled_from(names), unique=True, max_size=3))
    if required:
        schema["required"] = required
    return schema


@st.composite
def specs(draw: st.DrawFn) -> dict[str, Any]:
    names = draw(st.lists(definition_names, min_size=1, max_size=4, unique=True))
    definitions = {}
    for index, name in enumerate(names):
        kind = draw(st.sampled_from(["object", "object", "object", "other"]))
        forward = names[index + 1 :]
        definitions[name] = draw(objects(names, forward)) if kind == "object" else draw(schemas(names, forward, 1, root=True))
    paths = {
        f"/d{index}": {"get": {"operationId": f"Get{index}", "responses": {"200": {"description": "ok", "schema": {"$ref": f"#/definitions/{name}"}}}}}
        for index, name in enumerate(names)
    }
    return {"swagger": "2.0", "info": {"title": "random", "version": "1.0"}, "paths": paths, "definitions": definitions}


# -- instances -------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


def _target(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any] | None:
    if "$ref" in schema:
        return spec["definitions"][schema["$ref"].rsplit("/", 1)[1]]  # type: ignore[no-any-return]
    if "allOf" in schema:
        return _target(spec, schema["allOf"][0])
    return None


def minimal(spec: dict[str, Any], schema: dict[str, Any], seen: frozenset[int] = frozenset()) -> Any:
    """The smallest instance: ends the recursion through cycles."""
    target = _target(spec, schema)
    if target is not None:
        return None if id(target) in seen else minimal(spec, target, seen | {id(target)})
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    return {"object": {}, "array": [], "string": "", "integer": 0, "number": 0.0, "boolean": False}.get(kind or "", None)


def _is_class(spec: dict[str, Any], schema: dict[str, Any]) -> bool:
    """Whether the generator makes a class of this definition, else an alias. The allOf of
    these specs is `allOf: [$ref]`: a class when it inherits properties, else the type."""
    return schema.get("type") == "object" or "properties" in schema or _inherits_properties(spec, schema, frozenset())


def _inherits_properties(spec: dict[str, Any], schema: dict[str, Any], seen: frozenset[int]) -> bool:
    target = _target(spec, schema) if "allOf" in schema else None
    if target is None or id(target) in seen:
        return False
    return bool(target.get("properties")) or _inherits_properties(spec, target, seen | {id(target)})


@st.composite
def instances(draw: st.DrawFn, spec: dict[str, Any], schema: dict[str, Any], depth: int = 0, null_ok: bool = True) -> Any:
    """A JSON value of `schema`. Null only where x-nullable allows it, as the generator reads
    it: at the place of use, and at the top of a definition that becomes an alias, never at
    the top of a class (a definition's own x-nullable does not reach the places using it)."""
    if null_ok and schema.get("x-nullable") and draw(st.integers(0, 4)) == 0:
        return None
    target = _target(spec, schema)
    if target is not None:
        if depth >= MAX_DEPTH:
            return minimal(spec, target)
        if "allOf" in schema and _is_class(spec, schema):  # inherited properties: an object
            return draw(instances(spec, target, depth + 1, null_ok=False))
        return draw(instances(spec, target, depth + 1, null_ok=not _is_class(spec, target)))
    if "enum" in schema:
        return draw(st.sampled_from(schema["enum"]))
    kind = schema.get("type")
    if kind == "string":
        return draw(st.text(max_size=8))
    if kind == "integer":
        return draw(st.integers(-(2**53), 2**53))
    if kind == "number":
        return draw(st.floats(allow_nan=False, allow_infinity=False))
    if kind == "boolean":
        return draw(st.booleans())
    if kind == "array":
        if depth >= MAX_DEPTH:
            return []
        return draw(st.lists(instances(spec, schema["items"], depth + 1), max_size=3))
    if kind == "object" and "properties" in schema:
        if depth >= MAX_DEPTH:
            return {}
        chosen = draw(st.lists(st.sampled_from(sorted(schema["properties"])), unique=True))
        value = {name: draw(instances(spec, schema["properties"][name], depth + 1)) for name in chosen}
        value.update(draw(st.dictionaries(st.from_regex(r"~[a-z]{1,4}", fullmatch=True), json_values, max_size=2)))
        return value
    if kind == "object" and isinstance(schema.get("additionalProperties"), dict):
        if depth >= MAX_DEPTH:
            return {}
        return draw(st.dictionaries(st.text(max_size=5), instances(spec, schema["additionalProperties"], depth + 1), max_size=3))
    if kind == "object":
        return draw(st.dictionaries(st.text(max_size=5), json_values, max_size=3))
    return draw(json_values)  # no type: anything


# -- the property --------------------------------------------------------------------------


# No shrinking: each example generates and imports a package (about a second), and shrinking
# a failure would take many minutes; the failing spec is shown whole instead.
@settings(
    max_examples=25,
    deadline=None,
    database=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(spec=specs(), data=st.data())
def test_random_specs_generate_models_that_round_trip(spec: dict[str, Any], data: st.DataObject, tmp_path_factory: Any) -> None:
    tmp = Path(tmp_path_factory.mktemp("random"))
    spec_file = tmp / "spec.yaml"
    spec_file.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    out = tmp / "out"
    assert main(["--spec", str(spec_file), "--out", str(out)]) == 0, spec_file.read_text(encoding="utf-8")
    assert not static_problems(out)

    python_names = {m.name: m.python_name for m in build.build(spec, load_overlay(), str(spec_file)).models}
    cases = [
        {"model": python_names[name], "instance": data.draw(instances(spec, schema, null_ok=not _is_class(spec, schema)), label=f"instance of {name}")}
        for name, schema in spec["definitions"].items()
        for _ in range(2)
    ]
    result = import_check(out, cases)
    assert not result["failures"], "\n".join(map(str, result["failures"]))
