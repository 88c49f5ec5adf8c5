"""swagger-parser's names for inline schemas and the other facts the docs take from
swagger-codegen's reading of a spec (generator.docs_names), on small specs."""

from __future__ import annotations

from typing import Any

from generator.docs_names import swagger_view

OBJECT = {"type": "object", "properties": {"A": {"type": "string"}}}


def _spec(definitions: dict[str, Any] | None = None, paths: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"swagger": "2.0", "definitions": definitions or {}, "paths": paths or {}}


def test_nested_object_is_parent_underscore_property_and_nests_further() -> None:
    inner = {"type": "object", "properties": {"Deep": {"type": "object", "properties": {"X": {"type": "integer"}}}}}
    names = swagger_view(_spec({"Volume": {"type": "object", "properties": {"Info": inner}}})).names
    assert names["/definitions/Volume/properties/Info"] == "Volume_Info"
    assert names["/definitions/Volume/properties/Info/properties/Deep"] == "Volume_Info_Deep"


def test_array_items_named_like_the_property_their_objects_after_the_parent() -> None:
    item = {"type": "object", "properties": {"File": {"type": "object", "properties": {"Name": {"type": "string"}}}}}
    spec = _spec({"Spec": {"type": "object", "properties": {"Configs": {"type": "array", "items": item}}}})
    names = swagger_view(spec).names
    assert names["/definitions/Spec/properties/Configs/items"] == "Spec_Configs"
    assert names["/definitions/Spec/properties/Configs/items/properties/File"] == "Spec_File"


def test_array_definition_items_are_model_inner() -> None:
    names = swagger_view(_spec({"Resources": {"type": "array", "items": OBJECT}})).names
    assert names["/definitions/Resources/items"] == "Resources_inner"


def test_name_clash_gets_numeric_suffix_and_equal_schemas_share_a_name() -> None:
    other = {"type": "object", "properties": {"B": {"type": "string"}}}
    definitions = {
        "P": {"type": "object", "properties": {"Q": OBJECT, "R": OBJECT}},
        "P_Q": {"type": "object"},
        "S": {"type": "object", "properties": {"Q": other}},
    }
    names = swagger_view(_spec(definitions)).names
    assert names["/definitions/P/properties/Q"] == "P_Q_1"  # P_Q is a definition already
    assert names["/definitions/P/properties/R"] == "P_Q_1"  # the same JSON: the same model
    assert names["/definitions/S/properties/Q"] == "S_Q"


def test_title_names_the_model() -> None:
    titled = {**OBJECT, "title": "Named"}
    names = swagger_view(_spec({"P": {"type": "object", "properties": {"Q": titled}}})).names
    assert names["/definitions/P/properties/Q"] == "Named"


def test_bodies_are_body_then_body_1_and_never_shared() -> None:
    def post(name: str) -> dict[str, Any]:
        return {"post": {"parameters": [{"name": name, "in": "body", "schema": OBJECT}], "responses": {"204": {"description": "ok"}}}}

    names = swagger_view(_spec(paths={"/a": post("body"), "/b": post("body"), "/c": post("container")})).names
    assert [names[f"/paths/~1{p}/post/parameters/0/schema"] for p in "abc"] == ["body", "body_1", "container"]


def test_allof_body_is_left_inline() -> None:
    body = {"allOf": [{"$ref": "#/definitions/P"}, OBJECT]}
    paths = {"/a": {"post": {"parameters": [{"name": "body", "in": "body", "schema": body}], "responses": {}}}}
    assert swagger_view(_spec({"P": OBJECT}, paths)).names == {}


def test_responses_are_inline_response_code_with_suffixes_in_walk_order() -> None:
    def get(code: int, field: str) -> dict[str, Any]:
        return {"get": {"responses": {code: {"description": "ok", "schema": OBJECT | {"properties": {field: {"type": "integer"}}}}}}}

    other = {"get": {"responses": {200: {"description": "ok", "schema": {"type": "array", "items": OBJECT}}}}}
    paths = {"/a": get(200, "C"), "/b": other, "/c": get(201, "D"), "/d": get(200, "C")}
    names = swagger_view(_spec(paths=paths)).names
    assert names["/paths/~1a/get/responses/200/schema"] == "inline_response_200"
    assert names["/paths/~1b/get/responses/200/schema/items"] == "inline_response_200_1"
    assert names["/paths/~1c/get/responses/201/schema"] == "inline_response_201"
    assert names["/paths/~1d/get/responses/200/schema"] == "inline_response_200"  # the same JSON as /a


def test_allof_property_becomes_an_empty_model_and_allof_response_keeps_its_parts() -> None:
    composed = {"description": "d", "allOf": [{"$ref": "#/definitions/T"}]}
    response = {"allOf": [{"$ref": "#/definitions/T"}, OBJECT]}
    paths = {"/s": {"get": {"responses": {200: {"description": "ok", "schema": response}}}}}
    view = swagger_view(_spec({"T": {"type": "string"}, "M": {"type": "object", "properties": {"Type": composed}}}, paths))
    assert view.names["/definitions/M/properties/Type"] == "M_Type"
    assert view.names["/paths/~1s/get/responses/200/schema"] == "inline_response_200"
    assert view.merged_parts["/paths/~1s/get/responses/200/schema"] == [("ref", "T"), ("inline", "/paths/~1s/get/responses/200/schema/allOf/1")]


def test_property_types_defaults_and_dropped_properties() -> None:
    properties = {
        "Ports": {"type": "object", "additionalProperties": {"type": "object", "enum": [{}]}},
        "Networks": {"additionalProperties": {"$ref": "#/definitions/T"}},
        "Cmd": {"type": ["array", "string"], "items": {"type": "string"}},
        "Memory": {"type": "integer", "format": "int64", "default": 0},
        "Size": {"type": "integer", "format": "int64", "default": -1},
        "Ratio": {"type": "number", "format": "double", "default": 1},
        "Plain": {"type": "integer", "default": 3},
    }
    view = swagger_view(_spec({"T": {"type": "string"}, "C": {"type": "object", "properties": properties}}))
    at = "/definitions/C/properties/"
    assert view.property_types == {at + "Ports": "map[String, map]", at + "Networks": "map", at + "Cmd": None}
    assert view.defaults == {at + "Memory": "0", at + "Size": "-1", at + "Ratio": "1.0"}


def test_query_arrays_are_multi_unless_a_model_default_breaks_jacksons_mapping() -> None:
    assert swagger_view(_spec({"R": {"type": "object", "default": "x"}})).multi_by_default
    assert not swagger_view(_spec({"R": {"type": "object", "default": {}}})).multi_by_default


def test_names_too_long_for_a_file_are_cut_and_stay_distinct() -> None:
    deep: dict[str, Any] = {"type": "object", "properties": {"Leaf": {"type": "string"}}}
    for level in range(30):
        deep = {"type": "object", "properties": {"Level" * 3 + str(level): deep, "Other": {"type": "integer"}}}
    names = set(swagger_view(_spec({"Root": deep})).names.values())
    assert len(names) == 30
    assert all(len(name) <= 200 for name in names)
