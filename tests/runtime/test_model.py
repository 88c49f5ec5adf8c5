"""model.py, messages.py, decoding.py: lenient models and JSON bodies, the collector paused
around large ones."""

from __future__ import annotations

import gc
import inspect
import json
import os
import threading
import warnings
from collections.abc import Iterator
from typing import Annotated, Any

import pydantic
import pytest
from pydantic import AfterValidator, Field

from docker_engine._runtime.decoding import (
    GC_PAUSE_MIN_BYTES,
    LenientDecodeWarning,
    adapter_for,
    decode_json,
    gc_paused,
)
from docker_engine._runtime.errors import ProtocolError
from docker_engine._runtime.messages import JsonMessage
from docker_engine._runtime.model import Model, NullAsEmptyList, NullAsEmptyMap
from docker_engine._runtime.request import JsonBody


class Port(Model):
    private_port: int | None = Field(default=None, alias="PrivatePort")
    type_: str | None = Field(default=None, alias="Type")


class Container(Model):
    id: str | None = Field(default=None, alias="Id")
    ports: list[Port] | None = Field(default=None, alias="Ports")
    state: str | None = Field(default=None, alias="State")


def test_model_config() -> None:
    cfg = Model.model_config
    assert cfg["extra"] == "allow" and cfg["validate_by_name"] is True and cfg["validate_by_alias"] is True
    assert cfg["defer_build"] is True and cfg["protected_namespaces"] == ()


def test_construction_refuses_unknown_fields_at_any_depth_with_a_hint() -> None:
    with pytest.raises(TypeError, match=r"^Container: unknown field 'stat' \(did you mean 'state'\?\)$"):
        Container(id="x", stat="running")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=r"unknown field 'ports\.0\.PublicPrt' \(did you mean 'PublicPort'\?\)|unknown field 'ports\.0\.PublicPrt'"):
        Container(ports=[{"PrivatePort": 1, "PublicPrt": 2}])  # type: ignore[list-item]
    with pytest.raises(TypeError, match=r"unknown field 'ports\.0\.Typ'"):
        Container(ports=[Port.model_validate({"Typ": "tcp"})])


def test_decoding_keeps_unknown_fields_at_any_depth() -> None:
    c = Container.model_validate({"Id": "x", "model_name": "kept", "Ports": [{"PrivatePort": 1, "New": 2}]})
    assert c.id == "x" and c.model_extra == {"model_name": "kept"}
    assert c.ports is not None and c.ports[0].model_extra == {"New": 2}


def test_json_message_aliases_and_extras() -> None:
    m = JsonMessage.model_validate_json(
        b'{"status":"Downloading","progressDetail":{"current":1,"total":2,'
        b'"hidecounts":true,"units":"B"},"errorDetail":{"code":7,"message":"m"},'
        b'"from":"img","timeNano":5,"aux":{"ID":"sha256:x"},"new":1}'
    )
    assert m.progress_detail is not None and m.progress_detail.units == "B"
    assert m.error_detail is not None and m.error_detail.code == 7
    assert (m.from_, m.time_nano, m.aux) == ("img", 5, {"ID": "sha256:x"})
    assert m.model_extra == {"new": 1}
    assert JsonMessage.model_validate({"aux": "YmFzZTY0"}).aux == "YmFzZTY0"


def test_json_body_absent_is_not_null() -> None:
    body = JsonBody(Container(id="x", ports=[Port(private_port=80)], state=None))
    assert json.loads(body.encode() or b"") == {
        "Id": "x",
        "Ports": [{"PrivatePort": 80}],
        "State": None,
    }
    assert JsonBody(None).encode() is None
    assert JsonBody([1, {"a": None}]).encode() == b'[1,{"a":null}]'


def test_decode_json_nested_lenient_fallback() -> None:
    data = (
        b'[{"Id":"a","Ports":[{"PrivatePort":"eighty","Type":"tcp"},'
        b'{"PrivatePort":443}],"State":"stopping"}]'
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        (c,) = decode_json(list[Container], data)
    assert isinstance(c, Container) and c.id == "a" and c.state == "stopping"
    bad, good = c.ports
    assert isinstance(bad, Port) and bad.private_port == "eighty" and bad.type_ == "tcp"
    assert isinstance(good, Port) and good.private_port == 443
    assert len(caught) == 1 and caught[0].category is LenientDecodeWarning
    assert "PrivatePort" in str(caught[0].message)


def test_decode_json_invalid_json_is_protocol_error() -> None:
    with pytest.raises(ProtocolError, match="invalid JSON"):
        decode_json(dict[str, Any], b"{nope")


def test_decode_json_unions_and_scalars() -> None:
    assert decode_json(Container | None, b"null") is None
    assert decode_json(str, b'"text"') == "text"
    assert adapter_for(list[Container]) is adapter_for(list[Container])  # cached


def test_lenient_decoding_keeps_keys_named_like_model_construct_parameters() -> None:
    with pytest.warns(LenientDecodeWarning):
        c = decode_json(Container, b'{"Id": 5, "cls": 1, "_fields_set": 2}')
    assert c.id == 5 and c.model_extra == {"cls": 1, "_fields_set": 2}


# -- the garbage collector around large decodes ------------------------------------------


def _recording_gc_state(seen: list[bool]) -> Any:
    """A list-of-int type whose every item records whether the collector was enabled."""

    def record(value: int) -> int:
        seen.append(gc.isenabled())
        return value

    return list[Annotated[int, AfterValidator(record)]]


def _body(size: int) -> bytes:
    count = size // 2 + 1
    return ("[" + ",".join(["1"] * count) + "]").encode()


@pytest.fixture
def gc_enabled() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    if not was_enabled:
        gc.disable()


def test_a_large_body_decodes_with_the_collector_paused_and_resumed_after(gc_enabled: None) -> None:
    seen: list[bool] = []
    items = decode_json(_recording_gc_state(seen), _body(GC_PAUSE_MIN_BYTES))
    assert len(items) == len(seen) > 1000
    assert not any(seen) and gc.isenabled()


def test_a_small_body_leaves_the_collector_alone(gc_enabled: None) -> None:
    seen: list[bool] = []
    decode_json(_recording_gc_state(seen), _body(1000))
    assert seen and all(seen)


def test_the_collector_is_resumed_when_decoding_fails(gc_enabled: None) -> None:
    with pytest.raises(ProtocolError):
        decode_json(list[int], _body(GC_PAUSE_MIN_BYTES)[:-1])
    assert gc.isenabled()
    with pytest.warns(LenientDecodeWarning):  # the lenient fallback, inside the pause too
        assert decode_json(list[str], _body(GC_PAUSE_MIN_BYTES))[0] == 1
    assert gc.isenabled()


def test_a_collector_the_program_disabled_stays_disabled() -> None:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        decode_json(list[int], _body(GC_PAUSE_MIN_BYTES))
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        if was_enabled:
            gc.enable()


def test_nested_pauses_resume_once_at_the_outermost(gc_enabled: None) -> None:
    with gc_paused():
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner one did not resume what it did not pause
    assert gc.isenabled()


def test_pauses_in_two_threads_resume_when_the_last_one_ends(gc_enabled: None) -> None:
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    states: dict[str, bool] = {}

    def first() -> None:
        with gc_paused():
            first_in.set()
            second_in.wait(10)
        states["after the first left"] = gc.isenabled()
        first_out.set()

    def second() -> None:
        first_in.wait(10)
        with gc_paused():
            second_in.set()
            first_out.wait(10)
        states["after the second left"] = gc.isenabled()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert states == {"after the first left": False, "after the second left": True}


def _decode_from_a_helper(tp: Any, data: bytes) -> Any:
    return decode_json(tp, data)


def test_the_lenient_warning_names_the_caller_for_small_and_large_bodies() -> None:
    for data in (b'{"Id": 5}', b'{"Id": 5, "Pad": "' + b"x" * GC_PAUSE_MIN_BYTES + b'"}'):
        with pytest.warns(LenientDecodeWarning) as caught:
            line = inspect.currentframe().f_lineno + 1  # type: ignore[union-attr]
            _decode_from_a_helper(Container, data)
        assert (caught[0].filename, caught[0].lineno) == (__file__, line)


class Tagged(Model):
    tags: Annotated[list[str], NullAsEmptyList] = Field(validation_alias="Tags")
    labels: Annotated[dict[str, str], NullAsEmptyMap] = Field(validation_alias="Labels")


def test_null_decodes_as_a_new_empty_container_and_a_wrong_type_still_warns() -> None:
    first, second = decode_json(list[Tagged], b'[{"Tags": null, "Labels": null}, {"Tags": null, "Labels": null}]')
    assert (first.tags, first.labels) == ([], {})
    assert first.tags is not second.tags and first.labels is not second.labels
    kept = decode_json(Tagged, b'{"Tags": ["a"], "Labels": {"k": "v"}}')
    assert (kept.tags, kept.labels) == (["a"], {"k": "v"})
    with pytest.warns(LenientDecodeWarning, match="Tags"):
        wrong = decode_json(Tagged, b'{"Tags": "a", "Labels": {}}')
    assert wrong.tags == "a"
    with pytest.raises(pydantic.ValidationError):
        Tagged(tags=[1], labels={})  # type: ignore[list-item]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here")
def test_a_child_forked_during_a_pause_starts_with_its_collector_running(gc_enabled: None) -> None:
    with gc_paused():
        child = os.fork()
        if child == 0:  # the child: report through the exit status, never return into pytest
            status = 0 if gc.isenabled() else 1
            with gc_paused():  # the lock is usable, and this pause ends
                status |= 0 if not gc.isenabled() else 2
            status |= 0 if gc.isenabled() else 4
            os._exit(status)
        _, status = os.waitpid(child, 0)
        assert not gc.isenabled()  # the parent's pause goes on
    assert os.waitstatus_to_exitcode(status) == 0
    assert gc.isenabled()
