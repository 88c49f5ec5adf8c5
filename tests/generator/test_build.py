"""Model builder: the intermediate representation decided from the spec and the overlay."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from generator import build, names
from generator.generate import Options, load_ir
from generator.ir import Spec
from generator.overlay import load_overlay

from ..conftest import spec_path


@pytest.fixture(scope="module")
def v144() -> Spec:
    return load_ir(Options(spec=str(spec_path("engine-api-v1.44.yaml"))))


def small_spec(definitions: dict[str, Any], paths: dict[str, Any] | None = None) -> Spec:
    document = {"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": paths or {}, "definitions": definitions}
    return build.build(document, load_overlay(), "test")


def operation(spec: Spec, operation_id: str):  # type: ignore[no-untyped-def]
    return next(op for api in spec.apis for op in api.operations if op.operation_id == operation_id)


def test_counts_of_v144(v144: Spec) -> None:
    assert len(v144.apis) == 15
    assert sum(len(api.operations) for api in v144.apis) == 107
    image = next(api for api in v144.apis if api.tag == "Image")
    assert (image.class_name, image.attribute, image.module) == ("ImageApi", "image", "image_api")
    assert len(image.operations) == 15


@pytest.mark.parametrize(
    "operation_id, kind",
    [
        ("ImageList", "json"),
        ("ImageBuild", "json-lines"),
        ("ImageCreate", "json-lines"),
        ("ImagePush", "json-lines"),
        ("ImageLoad", "json-lines"),
        ("SystemEvents", "json-lines"),
        ("ImageGet", "binary"),
        ("ImageGetAll", "binary"),
        ("ContainerExport", "binary"),
        ("ContainerArchive", "binary"),
        ("ImageTag", "empty"),
        ("ContainerLogs", "frames"),
        ("ContainerAttach", "hijack"),
        ("ExecStart", "hijack"),
        ("SystemPingHead", "headers"),
        ("ContainerArchiveInfo", "headers"),
        ("SystemPing", "text"),
    ],
)
def test_response_kinds(v144: Spec, operation_id: str, kind: str) -> None:
    assert operation(v144, operation_id).response_kind == kind


@pytest.mark.parametrize(
    "operation_id, body_kind",
    [("ImageBuild", "upload"), ("ImageLoad", "upload"), ("ImageCreate", "upload"), ("PutContainerArchive", "upload"), ("ImageCommit", "json"), ("ContainerCreate", "json"), ("ImageList", "none")],
)
def test_body_kinds(v144: Spec, operation_id: str, body_kind: str) -> None:
    assert operation(v144, operation_id).body_kind == body_kind


@pytest.mark.parametrize(
    "operation_id, wire_name, encoding, accepts_list",
    [
        ("ImageBuild", "t", "multi", True),
        ("ImageBuild", "extrahosts", "multi", True),
        ("ImageBuild", "buildargs", "json", False),
        ("ImageBuild", "cachefrom", "json", False),
        ("ImageBuild", "pull", "bool", False),
        ("ImageCreate", "changes", "multi", True),
        ("ImageCommit", "changes", "multi", True),
        ("ImageGetAll", "names", "multi", True),
        ("ImageList", "filters", "filters", False),
        ("ImageList", "all", "bool", False),
        ("BuildPrune", "keep-storage", "value", False),
    ],
)
def test_parameter_encodings(v144: Spec, operation_id: str, wire_name: str, encoding: str, accepts_list: bool) -> None:
    param = next(p for p in operation(v144, operation_id).parameters if p.wire_name == wire_name)
    assert (param.encoding, param.accepts_list) == (encoding, accepts_list)


def test_defaults_the_daemon_reads_differently_are_sent(v144: Spec) -> None:
    sent = {(op.operation_id, p.wire_name) for api in v144.apis for op in api.operations for p in op.parameters if p.send_default}
    assert {("ImageBuild", "rm"), ("ImageLoad", "quiet"), ("ImageCommit", "pause"), ("PluginEnable", "timeout")} <= sent


def test_python_names_of_parameters(v144: Spec) -> None:
    params = {p.wire_name: p.python_name for p in operation(v144, "ImageBuild").parameters}
    assert params["Content-type"] == "content_type"
    assert params["X-Registry-Config"] == "x_registry_config"
    assert {p.wire_name: p.python_name for p in operation(v144, "BuildPrune").parameters}["keep-storage"] == "keep_storage"


def test_inline_response_schemas_take_their_title(v144: Spec) -> None:
    assert operation(v144, "BuildPrune").result.name == "BuildPruneResponse"  # type: ignore[union-attr]
    assert operation(v144, "ImageSearch").result.item.name == "ImageSearchResponseItem"  # type: ignore[union-attr]


def test_property_names_avoid_keywords_model_attributes_and_collisions() -> None:
    spec = small_spec({"Thing": {"type": "object", "properties": {"from": {"type": "string"}, "json": {"type": "string"}, "ID": {"type": "string"}, "Id": {"type": "string"}, "2fa": {"type": "string"}, "a.b-c d": {"type": "string"}}}})
    (thing,) = spec.models
    assert [p.python_name for p in thing.properties] == ["from_", "json_", "id", "id_2", "v2fa", "a_b_c_d"]
    assert [p.wire_name for p in thing.properties] == ["from", "json", "ID", "Id", "2fa", "a.b-c d"]


def test_models_in_a_reference_cycle_share_a_module() -> None:
    spec = small_spec(
        {
            "Node": {"type": "object", "properties": {"Children": {"type": "array", "items": {"$ref": "#/definitions/Edge"}}}},
            "Edge": {"type": "object", "properties": {"To": {"$ref": "#/definitions/Node"}}},
            "Leaf": {"type": "object", "properties": {"Node": {"$ref": "#/definitions/Node"}}},
        }
    )
    modules = {m.name: m.module for m in spec.models}
    assert modules["Node"] == modules["Edge"] != modules["Leaf"]


def test_structurally_identical_inline_schemas_share_one_model() -> None:
    inline = {"type": "object", "properties": {"A": {"type": "string"}}}
    spec = small_spec({"One": {"type": "object", "properties": {"X": inline}}, "Two": {"type": "object", "properties": {"X": dict(inline)}}})
    assert sorted(m.name for m in spec.models) == ["One", "OneX", "Two"]


def test_allof_properties_are_merged() -> None:
    spec = small_spec(
        {
            "Base": {"type": "object", "required": ["Name"], "properties": {"Name": {"type": "string"}}},
            "Derived": {"allOf": [{"$ref": "#/definitions/Base"}, {"type": "object", "properties": {"Extra": {"type": "integer"}}}]},
        }
    )
    derived = next(m for m in spec.models if m.name == "Derived")
    assert [(p.wire_name, p.required) for p in derived.properties] == [("Name", True), ("Extra", False)]


@pytest.mark.parametrize(
    "wire, expected",
    [("ImageList", "image_list"), ("IPv4Address", "ipv4_address"), ("NanoCPUs", "nano_cpus"), ("keep-storage", "keep_storage"), ("X-Registry-Auth", "x_registry_auth"), ("os.version", "os_version"), ("global", "global_")],
)
def test_member_names(wire: str, expected: str) -> None:
    assert names.member(wire) == expected


def test_overlay_fix_applies_only_where_its_value_matches() -> None:
    overlay = load_overlay()
    document = yaml.safe_load("definitions: {SwarmInfo: {properties: {RemoteManagers: {type: array, default: null}}}}")
    overlay.apply_fixes(document)
    assert "default" not in document["definitions"]["SwarmInfo"]["properties"]["RemoteManagers"]
    kept = yaml.safe_load("definitions: {SwarmInfo: {properties: {RemoteManagers: {type: array, default: []}}}}")
    overlay.apply_fixes(kept)
    assert kept["definitions"]["SwarmInfo"]["properties"]["RemoteManagers"]["default"] == []


def test_overlay_result_schema_replaces_the_success_schema(v144: Spec) -> None:
    """SecretCreate and ConfigCreate answer {"ID"}, not the spec's IdResponse: the client's result
    follows the overlay, the responses (which the docs describe) stay upstream's."""
    for operation_id in ("SecretCreate", "ConfigCreate"):
        op = operation(v144, operation_id)
        assert op.result is not None and op.result.name == f"{operation_id}Response"
        assert {r.code: r.type.name for r in op.responses if r.type} == {"201": "IdResponse", "409": "ErrorResponse", "500": "ErrorResponse", "503": "ErrorResponse"}  # the docs: upstream's
    assert operation(v144, "ContainerExec").result.name == "IdResponse"  # its daemon route does send "Id"


def test_what_engines_really_answer(v144: Spec) -> None:
    """Recorded from Engines 20.10 and 28.5 (tests/scenarios/plugin.py, container.py, system.py):
    interface types are strings, a plugin delete answers no body, the websocket attach speaks
    RFC 6455, a session upgrades to h2c, a cluster volume's availability is its spec's own."""
    interface = next(m for m in v144.models if m.name == "PluginConfigInterface")
    types = next(p for p in interface.properties if p.wire_name == "Types")
    assert types.wire_type is not None and types.wire_type.item is not None and types.wire_type.item.kind == "string"
    assert types.type.item is not None and types.type.item.name == "PluginInterfaceType"  # the docs keep the spec's
    assert operation(v144, "PluginDelete").response_kind == "empty"
    assert operation(v144, "ContainerAttachWebsocket").response_kind == "websocket"
    assert (operation(v144, "Session").response_kind, operation(v144, "Session").upgrade) == ("hijack", "h2c")
    volume_spec = next(m for m in v144.models if m.name == "ClusterVolumeSpec")
    availability = next(p for p in volume_spec.properties if p.wire_name == "Availability")
    assert not availability.in_spec and availability.enum == ("active", "pause", "drain")  # a field of the spec itself, for Python only
