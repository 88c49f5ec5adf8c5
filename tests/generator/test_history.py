"""The history pass on the upstream history files: when each operation, parameter, field and
enum value appeared, where fields were removed, and what an older target knows."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import cache, history
from generator.errors import GeneratorError
from generator.generate import Options, load_ir
from generator.ir import Model, Operation, Parameter, Property, Spec
from generator.overlay import load_overlay

from ..conftest import SPECS, spec_path

HISTORY = SPECS / "history"


def ir(name: str, folder: Path | None = HISTORY) -> Spec:
    if not HISTORY.is_dir():
        pytest.skip("../shared/specs/history/ is not here")
    return load_ir(Options(spec=str(spec_path(name)), history=str(folder) if folder else None))


@pytest.fixture(scope="module")
def v144() -> Spec:
    return ir("engine-api-v1.44.yaml")


@pytest.fixture(scope="module")
def v141() -> Spec:
    return ir("history/engine-api-v1.41.yaml")


def operation(spec: Spec, operation_id: str) -> Operation:
    return next(op for api in spec.apis for op in api.operations if op.operation_id == operation_id)


def parameter(spec: Spec, operation_id: str, wire_name: str) -> Parameter:
    return next(p for p in operation(spec, operation_id).parameters if p.wire_name == wire_name)


def prop(spec: Spec, model: str, wire_name: str) -> Property:
    found: Model = next(m for m in spec.models if m.name == model)
    return next(p for p in found.properties if p.wire_name == wire_name)


def body_field(spec: Spec, operation_id: str, *wire_path: str, value: Any = None) -> tuple[str, ...] | None:
    for f in operation(spec, operation_id).body_fields:
        if tuple(step[1] for step in f.path[1:]) == wire_path and (f.value == value if value is not None else not f.has_value):
            return (f.since,)
    return None


def test_parameters_added_later(v144: Spec) -> None:
    assert parameter(v144, "ContainerStop", "signal").since == "1.42"
    assert parameter(v144, "ImageList", "shared-size").since == "1.42"
    assert parameter(v144, "SystemDataUsage", "type").since == "1.42"
    assert parameter(v144, "ContainerStop", "t").since is None  # as old as the history (1.25)


def test_body_fields_added_later_through_refs_and_inline_schemas(v144: Spec) -> None:
    assert prop(v144, "HostConfig", "Annotations").since == "1.43"
    assert prop(v144, "ExecConfig", "ConsoleSize").since == "1.42"
    assert prop(v144, "HostConfig", "Memory").since is None
    # ContainerCreate's body is an inline allOf of ContainerConfig and {HostConfig: $ref}
    assert body_field(v144, "ContainerCreate", "HostConfig", "Annotations") == ("1.43",)
    # inside an array of models, three levels down
    assert body_field(v144, "ContainerCreate", "HostConfig", "Mounts", "[]", "BindOptions", "CreateMountpoint") == ("1.42",)
    # inside a map's values
    assert body_field(v144, "ContainerCreate", "NetworkingConfig", "EndpointsConfig", "{}", "DNSNames") == ("1.44",)
    assert body_field(v144, "ContainerExec", "ConsoleSize") == ("1.42",)
    assert body_field(v144, "ContainerCreate", "HostConfig", "Memory") is None  # old: nothing to check


def test_operations_added_later(v144: Spec) -> None:
    assert operation(v144, "VolumeUpdate").since == "1.42"
    assert operation(v144, "ConfigList").since == "1.30"
    assert operation(v144, "ImageList").since is None
    assert {p.since for p in operation(v144, "ConfigCreate").parameters} == {"1.30"}


def test_enum_values_added_later(v144: Spec) -> None:
    assert ("cluster", "1.42") in prop(v144, "Mount", "Type").enum_since
    assert ("npipe", "1.32") in prop(v144, "Mount", "Type").enum_since
    assert body_field(v144, "ContainerCreate", "HostConfig", "Mounts", "[]", "Type", value="cluster") == ("1.42",)
    assert parameter(v144, "ServiceUpdate", "registryAuthFrom").enum_since == (("previous-spec", "1.39"), ("spec", "1.39"))
    # values as new as their parameter are not listed again
    assert parameter(v144, "SystemDataUsage", "type").enum_since == ()


def test_removed_fields_and_moves(v144: Spec) -> None:
    assert v144.history is not None
    removed = {r.key: (r.since, r.until) for r in v144.history.removed}
    assert removed["GET /images/json 200/[]/VirtualSize"] == (None, "1.43")
    assert removed["GET /info 200/ClusterStore"] == ("1.32", "1.41")
    # the spec moved PortBindings' HostIp into the list of bindings in 1.35: new in its new place
    # (until the overlay corrects it: the daemon always read it there)
    assert removed["GET /containers/{}/json 200/HostConfig/PortBindings/{}/HostIp"] == (None, "1.34")
    document = yaml.load(spec_path("engine-api-v1.44.yaml").read_bytes(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    uncorrected = history.Versions(history.read(HISTORY, "1.44"), history.flatten(document))
    assert uncorrected.since("POST /containers/create body/HostConfig/PortBindings/{}/[]/HostIp") == "1.35"


def test_an_older_target_has_a_history_that_stops_at_its_own_version(v141: Spec) -> None:
    assert v141.history is not None
    assert v141.history.versions[0] == "1.25" and v141.history.versions[-1] == "1.41"
    assert not any(p.wire_name == "signal" for p in operation(v141, "ContainerStop").parameters)
    assert parameter(v141, "ContainerCreate", "platform").since == "1.41"
    everything = [op.since for api in v141.apis for op in api.operations] + [p.since for m in v141.models for p in m.properties]
    assert all(since is None or history.version_key(since) <= (1, 41) for since in everything)


def test_without_a_history_nothing_is_dated(tmp_path: Path) -> None:
    lone = tmp_path / "engine-api-v1.44.yaml"
    lone.write_bytes(spec_path("engine-api-v1.44.yaml").read_bytes())
    spec = load_ir(Options(spec=str(lone)))
    assert spec.history is None
    assert parameter(spec, "ContainerStop", "signal").since is None


def test_the_default_history_is_beside_the_spec() -> None:
    assert history.default_folder(str(SPECS / "engine-api-v1.44.yaml")) == HISTORY
    assert history.default_folder(str(HISTORY / "engine-api-v1.41.yaml")) == HISTORY
    assert history.default_folder("https://example.com/v1.44.yaml") is None


def test_keys_of_a_small_spec_through_refs_allof_arrays_and_maps() -> None:
    document = {
        "paths": {
            "/things/{id}": {
                "post": {
                    "parameters": [
                        {"name": "id", "in": "path"},
                        {"name": "mode", "in": "query", "enum": ["a", "b"]},
                        {"name": "spec", "in": "body", "schema": {"allOf": [{"$ref": "#/definitions/Thing"}, {"properties": {"Extra": {"type": "string"}}}]}},
                    ],
                    "responses": {"200": {"schema": {"type": "array", "items": {"$ref": "#/definitions/Thing"}}}},
                }
            }
        },
        "definitions": {
            "Thing": {"properties": {"Labels": {"additionalProperties": {"$ref": "#/definitions/Label"}}, "Self": {"$ref": "#/definitions/Thing"}}},
            "Label": {"properties": {"Kind": {"type": "string", "enum": ["x"]}}},
        },
    }
    assert history.flatten(document) == {
        "POST /things/{}",
        "POST /things/{} path:id",
        "POST /things/{} query:mode",
        'POST /things/{} query:mode\t="a"',
        'POST /things/{} query:mode\t="b"',
        "POST /things/{} body",
        "POST /things/{} body/Labels",
        "POST /things/{} body/Labels/{}/Kind",
        'POST /things/{} body/Labels/{}/Kind\t="x"',
        "POST /things/{} body/Self",  # the cycle ends where Thing would repeat
        "POST /things/{} body/Extra",
        "POST /things/{} 200",
        "POST /things/{} 200/[]/Labels",
        "POST /things/{} 200/[]/Labels/{}/Kind",
        'POST /things/{} 200/[]/Labels/{}/Kind\t="x"',
        "POST /things/{} 200/[]/Self",
    }


def test_since_is_the_start_of_the_run_that_reaches_the_target() -> None:
    timeline = history.Timeline(
        versions=("1.25", "1.26", "1.27", "1.28"),
        keys=(frozenset({"old", "gap"}), frozenset({"old"}), frozenset({"old", "gap", "gone"})),
    )
    versions = history.Versions(timeline, {"old", "gap", "new", "overlay-only"} - {"overlay-only"})
    assert versions.since("old") is None
    assert versions.since("gap") == "1.27"  # absent in 1.26: new again where it came back
    assert versions.since("new") == "1.28"
    assert versions.since("overlay-only") is None  # unknown to the spec: never refused
    assert [(r.key, r.since, r.until) for r in versions.removed()] == [("gone", "1.27", "1.27")]


def test_the_keys_are_cached_as_json_and_the_yaml_is_not_parsed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not HISTORY.is_dir():
        pytest.skip("../shared/specs/history/ is not here")
    folder = tmp_path / "history"
    folder.mkdir()
    for name in ("engine-api-v1.40.yaml", "engine-api-v1.41.yaml"):
        (folder / name).write_bytes((HISTORY / name).read_bytes())
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    first = history.read(folder, "1.42")
    assert len([p for p in cache.folder("history").iterdir() if not p.name.startswith(".")]) == 2

    def parse_again(path: Path) -> Any:
        raise AssertionError(f"{path} parsed again")

    monkeypatch.setattr(history, "_flatten_file", parse_again)
    assert history.read(folder, "1.42") == first
    assert first.versions == ("1.40", "1.41", "1.42")


def test_a_broken_history_file_is_a_located_error(tmp_path: Path) -> None:
    (tmp_path / "engine-api-v1.40.yaml").write_text("paths: [unclosed\n")
    with pytest.raises(GeneratorError) as raised:
        history.read(tmp_path, "1.41", use_cache=False)
    assert raised.value.lines() == [f"{tmp_path / 'engine-api-v1.40.yaml'}:2: invalid YAML: did not find expected ',' or ']'"]
    (tmp_path / "empty").mkdir()
    with pytest.raises(GeneratorError) as raised:
        history.read(tmp_path / "empty", "1.41")
    assert raised.value.lines() == [f"{tmp_path / 'empty'}: the history folder holds no engine-api-vX.Y.yaml file"]
    with pytest.raises(GeneratorError) as raised:
        history.read(tmp_path / "missing", "1.41")
    assert raised.value.lines() == [f"{tmp_path / 'missing'}: cannot read the history folder: No such file or directory"]


def test_the_pinned_spec_brings_its_own_history_checked_and_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --spec, the history is the pinned commit's older versions (spec/upstream.yaml):
    here served from the download cache, seeded with the same files (no network)."""
    if not HISTORY.is_dir():
        pytest.skip("../shared/specs/history/ is not here")
    import hashlib

    from generator import source

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    downloads = tmp_path / "docker-engine-codegen"
    downloads.mkdir()
    for path in HISTORY.glob("engine-api-v*.yaml"):
        data = path.read_bytes()
        (downloads / f"{hashlib.sha256(data).hexdigest()}.yaml").write_bytes(data)
    monkeypatch.setattr(source, "_download", lambda url: pytest.fail(f"downloaded {url}"))
    folder = history.default_folder(None)
    assert folder is not None
    assert [version for version, _ in history.version_files(folder)] == [f"1.{minor}" for minor in range(25, 44)]
    assert all((folder / name).read_bytes() == (HISTORY / name).read_bytes() for name in os.listdir(folder))
    # a cache entry that does not match its pinned sha256 is fetched again, and checked
    broken = next(downloads.glob("d7cd7bc9*.yaml"))
    broken.write_bytes(b"tampered")
    (folder / "engine-api-v1.25.yaml").unlink()
    monkeypatch.setattr(source, "_download", lambda url: b"still not it")
    with pytest.raises(GeneratorError) as raised:
        history.default_folder(None)
    assert "does not match the pinned d7cd7bc9" in raised.value.lines()[0]
    assert not (folder / "engine-api-v1.25.yaml").exists()


def test_a_planted_cache_entry_changes_no_date(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not HISTORY.is_dir():
        pytest.skip("../shared/specs/history/ is not here")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    folder = tmp_path / "history"
    folder.mkdir()
    data = (HISTORY / "engine-api-v1.41.yaml").read_bytes()
    (folder / "engine-api-v1.41.yaml").write_bytes(data)
    honest = history.read(folder, "1.42", use_cache=False)
    # what a restored or shared cache could hold: 1.41 claiming a key of 1.42, unauthenticated
    planted = cache.folder("history") / history._cache_key(hashlib.sha256(data).hexdigest())
    planted.parent.mkdir(parents=True)
    planted.write_text(json.dumps(sorted(honest.keys[0] | {"POST /containers/{}/stop query:signal"})))
    assert history.read(folder, "1.42") == honest


def test_an_alias_bomb_in_a_history_file_is_refused_at_once(tmp_path: Path) -> None:
    levels = ["x-bomb:", "  l0: &l0 [a, a, a, a, a, a, a, a, a, a]"]
    levels += [f"  l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]" for i in range(1, 10)]
    (tmp_path / "engine-api-v1.40.yaml").write_text("swagger: '2.0'\n" + "\n".join(levels) + "\n")
    with pytest.raises(GeneratorError) as raised:
        history.read(tmp_path, "1.41", use_cache=False)
    assert "alias" in raised.value.lines()[0]


# -- corrections: keys upstream documented later than daemons accepted them ------------------


def test_corrected_keys_date_from_their_real_version(v144: Spec) -> None:
    for field in ("HostIp", "HostPort"):
        assert body_field(v144, "ContainerCreate", "HostConfig", "PortBindings", "{}", "[]", field) is None  # spec: 1.35
        assert prop(v144, "PortBinding", field).since is None
    for value in ("no", ""):  # spec: 1.40 and 1.30
        assert body_field(v144, "ContainerCreate", "HostConfig", "RestartPolicy", "Name", value=value) is None
        assert body_field(v144, "ContainerUpdate", "RestartPolicy", "Name", value=value) is None
    assert dict(prop(v144, "RestartPolicy", "Name").enum_since) == {}
    assert dict(parameter(v144, "ImageBuild", "Content-type").enum_since) == {}  # spec: 1.28
    assert prop(v144, "HostConfig", "Init").since is None  # spec: 1.37
    assert body_field(v144, "NetworkCreate", "IPAM", "Config", "[]", "Subnet") is None  # spec: 1.41
    assert body_field(v144, "NetworkCreate", "Attachable") is None  # spec: 1.27
    assert body_field(v144, "NetworkCreate", "ConfigOnly") == ("1.30",)  # spec: 1.41; docker 17.06
    assert parameter(v144, "ContainerDelete", "link").since is None  # spec: 1.27
    assert parameter(v144, "GetPluginPrivileges", "remote").since is None  # spec: 1.27 (`name` before)
    assert parameter(v144, "ImageCreate", "message").since is None  # spec: 1.39
    # neighbours keep their dates
    assert body_field(v144, "ContainerCreate", "HostConfig", "Annotations") == ("1.43",)
    assert parameter(v144, "ContainerAttachWebsocket", "stdin").since == "1.42"  # ignored by older daemons


def overlay_with(tmp_path: Path, entry: str) -> Path:
    path = tmp_path / "overlay.yaml"
    path.write_text((Path(history.__file__).parent.parent / "spec" / "overlay.yaml").read_text(encoding="utf-8") + entry, encoding="utf-8")
    return path


def test_a_correction_naming_no_known_key_is_a_located_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = overlay_with(tmp_path, "  - keys:\n      - POST /containers/create body/HostConfig/PortBinding/{}/[]/HostIp\n    since: '1.25'\n    reason: typo\n    source: test\n")
    line = len(path.read_text().splitlines()) - 4
    monkeypatch.setattr("generator.generate.load_overlay", lambda: load_overlay(path))
    with pytest.raises(GeneratorError) as raised:
        ir("engine-api-v1.44.yaml")
    assert raised.value.lines() == [
        f"{path}:{line}: history correction: no Engine API version in {HISTORY} defines the wire key 'POST /containers/create body/HostConfig/PortBinding/{{}}/[]/HostIp'"
    ]


def test_a_key_only_newer_versions_define_is_no_error_for_an_older_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = overlay_with(tmp_path, "  - keys:\n      - POST /containers/{}/stop query:signal\n    since: '1.41'\n    reason: test\n    source: test\n")
    monkeypatch.setattr("generator.generate.load_overlay", lambda: load_overlay(path))
    assert parameter(ir("history/engine-api-v1.40.yaml"), "ContainerStop", "t").since is None
    assert parameter(ir("engine-api-v1.44.yaml"), "ContainerStop", "signal").since == "1.41"


def test_a_malformed_correction_is_a_located_error(tmp_path: Path) -> None:
    path = overlay_with(tmp_path, "  - keys:\n      - POST /build\n    since: 'v1.25'\n    reason: test\n    source: test\n  - keys: POST /build\n    since: '1.25'\n")
    lines = len(path.read_text().splitlines())
    with pytest.raises(GeneratorError) as raised:
        load_overlay(path)
    assert raised.value.lines() == [
        f"{path}:{lines - 6}: a history correction's `since` must be a version like 1.25, not 'v1.25'",
        f"{path}:{lines - 1}: a history correction needs `keys` (a list of wire keys), `since`, `reason` and `source`",
    ]
    (tmp_path / "broken.yaml").write_text("history:\n  - keys: [POST /build/{}]\n", encoding="utf-8")
    with pytest.raises(GeneratorError) as raised:
        load_overlay(tmp_path / "broken.yaml")
    # libyaml words it "did not find expected ',' or ']'", PyYAML's own reader otherwise
    [line] = raised.value.lines()
    assert line.startswith(f"{tmp_path / 'broken.yaml'}:2: invalid YAML: ") and "expected ',' or ']'" in line
