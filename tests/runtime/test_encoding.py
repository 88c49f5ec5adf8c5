"""encoding.py (``wire``): path, query and header encoding."""

from __future__ import annotations

import json
from urllib.parse import quote

import httpx2
import pytest
from hypothesis import given
from hypothesis import strategies as st

from docker_engine._runtime import encoding as wire

# ---------------------------------------------------------------------- path


def test_path_encodes_every_reserved_character() -> None:
    assert (
        wire.path("/images/{name}/json", name="localhost:5000/a/b:tag")
        == "/images/localhost%3A5000%2Fa%2Fb%3Atag/json"
    )
    assert wire.path("/x/{a}", a="a?b#c d%e&f") == "/x/a%3Fb%23c%20d%25e%26f"
    assert wire.path("/containers/{id}/json", id=42) == "/containers/42/json"
    assert wire.path("/images/{name}/json", name="x@sha256:ab") == (
        "/images/x%40sha256%3Aab/json"
    )


@pytest.mark.parametrize(
    "value",
    [
        "",
        ".",
        "..",
        "../containers/x/kill",
        "a/../b",
        "a/./b",
        "/leading",
        "trailing/",
        "a//b",
        "x/..",
    ],
)
def test_path_refuses_traversal_and_empty_segments(value: str) -> None:
    with pytest.raises(ValueError):
        wire.path("/images/{name}/json", name=value)


def test_path_never_produces_a_raw_separator() -> None:
    # Whatever the value, it stays inside its segment and cannot add a query or
    # fragment.
    for value in ["a/b", "a?x=1", "a#f", "a b", "é/ü", "..a", "a.."]:
        out = wire.path("/containers/{id}/kill", id=value)
        middle = out[len("/containers/") : -len("/kill")]
        assert "/" not in middle and "?" not in middle and "#" not in middle
        assert httpx2.URL("http://h" + out).path.endswith("/kill")


@given(st.text(max_size=40) | st.text(min_size=250, max_size=300))
def test_path_encodes_as_quote_and_refuses_as_the_segments_say(value: str) -> None:
    segments = value.split("/")
    if value in ("", ".", "..") or any(s in ("", ".", "..") for s in segments):
        with pytest.raises(ValueError):
            wire.path("/x/{v}", v=value)
    else:
        assert wire.path("/x/{v}", v=value) == "/x/" + quote(value, safe="")


def test_path_errors() -> None:
    with pytest.raises(ValueError):
        wire.path("/a/{missing}", other="x")
    with pytest.raises(ValueError):
        wire.path("/a/{id}", id=None)
    with pytest.raises(TypeError):
        wire.path("/a/{id}", id=True)


# --------------------------------------------------------------------- query


def test_query_flattens_in_order_with_repeats() -> None:
    q = wire.query(
        wire.q_multi("t", ["a:1", "b:2"]),
        wire.q_value("dockerfile", "Dockerfile"),
        wire.q_bool("rm", True),
        wire.q_bool("pull", False),
        wire.q_bool("nocache", None),
        wire.q_multi("extrahosts", "h:1.2.3.4"),
        wire.q_value("shmsize", 64),
        wire.q_value("cpuperiod", None),
    )
    assert q == (
        ("t", "a:1"),
        ("t", "b:2"),
        ("dockerfile", "Dockerfile"),
        ("rm", "1"),
        ("pull", "0"),
        ("extrahosts", "h:1.2.3.4"),
        ("shmsize", "64"),
    )
    # and httpx keeps the repeats and the order on the wire
    url = httpx2.URL("http://h/build", params=list(q))
    assert url.query.decode().startswith("t=a%3A1&t=b%3A2&dockerfile=Dockerfile")


def test_q_value_refuses_bool_and_objects() -> None:
    with pytest.raises(TypeError):
        wire.q_value("limit", True)
    with pytest.raises(TypeError):
        wire.q_value("limit", [1])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        wire.q_bool("all", "yes")  # type: ignore[arg-type]
    assert wire.q_value("x", 1.5) == (("x", "1.5"),)


def test_q_json_keeps_nulls_inside_maps() -> None:
    assert wire.q_json("buildargs", {"A": "1", "UNSET": None}) == (
        ("buildargs", '{"A":"1","UNSET":null}'),
    )
    assert wire.q_json("cachefrom", ["a", "b"]) == (("cachefrom", '["a","b"]'),)
    assert wire.q_json("outputs", [{"Type": "tar", "Attrs": {"dest": "/x"}}]) == (
        ("outputs", '[{"Type":"tar","Attrs":{"dest":"/x"}}]'),
    )
    assert wire.q_json("labels", None) == ()
    assert wire.q_json("labels", {}) == (("labels", "{}"),)
    assert wire.q_json("labels", {"é": "ü"}) == (("labels", '{"é":"ü"}'),)


def test_q_filters_canonical_forms() -> None:
    (pair,) = wire.q_filters(
        "filters",
        {
            "dangling": True,
            "label": ["a=1", "b"],
            "reference": "busybox",
            "until": 3600,
            "status": {"running": True},
        },
    )
    assert pair[0] == "filters"
    assert json.loads(pair[1]) == {
        "dangling": ["true"],
        "label": ["a=1", "b"],
        "reference": ["busybox"],
        "until": ["3600"],
        "status": {"running": True},
    }
    assert " " not in pair[1]
    assert wire.q_filters("filters", {"dangling": False}) == (
        ("filters", '{"dangling":["false"]}'),
    )


def test_q_filters_str_passthrough_none_and_empty() -> None:
    raw = '{"label":{"a":true}}'
    assert wire.q_filters("filters", raw) == (("filters", raw),)
    assert wire.q_filters("filters", None) == ()
    assert wire.q_filters("filters", {}) == ()
    with pytest.raises(TypeError):
        wire.q_filters("filters", {"x": {"y": "not-bool"}})  # type: ignore[dict-item]


def test_multi_and_joined_forms() -> None:
    assert wire.q_multi("names", ["a", "b"]) == (("names", "a"), ("names", "b"))
    assert wire.q_multi("names", "a,b") == (("names", "a,b"),)
    assert wire.q_multi("names", []) == ()
    assert wire.q_multi("names", None) == ()
    assert wire.q_csv("x", ["a", "b", 3]) == (("x", "a,b,3"),)
    assert wire.q_ssv("x", ["a", "b"]) == (("x", "a b"),)
    assert wire.q_tsv("x", ["a", "b"]) == (("x", "a\tb"),)
    assert wire.q_pipes("x", ["a", "b"]) == (("x", "a|b"),)
    assert wire.q_csv("x", "already,joined") == (("x", "already,joined"),)
    assert wire.q_csv("x", None) == ()


# ------------------------------------------------------------------- headers


@pytest.mark.parametrize("bad", ["a\r\nX-Evil: 1", "a\nb", "a\rb", "a\x00b"])
def test_header_injection_is_refused_without_echoing_the_value(bad: str) -> None:
    with pytest.raises(ValueError) as info:
        wire.h_value("X-Registry-Auth", bad)
    assert bad not in str(info.value)
    with pytest.raises(ValueError):
        wire.headers((("X-Registry-Auth", bad),))


def test_headers_flatten_and_skip_none() -> None:
    assert wire.headers(
        wire.h_value("X-Registry-Auth", "abc"),
        wire.h_value("X-Registry-Config", None),
        wire.h_value("Content-Length", 12),
    ) == (("X-Registry-Auth", "abc"), ("Content-Length", "12"))


def test_timestamps_take_datetimes_seconds_and_strings() -> None:
    from datetime import datetime, timedelta, timezone

    moment = datetime(2024, 1, 2, 3, 4, 5, 678901, tzinfo=timezone(timedelta(hours=2)))
    assert wire.q_timestamp("since", moment) == (("since", "1704157445.678901000"),)
    assert wire.q_timestamp("since", 1700000000) == (("since", "1700000000"),)
    assert wire.q_timestamp("until", "10m") == (("until", "10m"),)
    assert wire.q_timestamp("until", None) == ()
    local = datetime(2024, 1, 2, 3, 4, 5)  # naive: local time, as datetime.timestamp() reads it
    assert wire.q_timestamp("since", local) == (("since", f"{int(local.timestamp())}.000000000"),)


def test_head_answers_are_typed_headers() -> None:
    import base64

    from docker_engine import ResponseHeaders

    stat = base64.b64encode(json.dumps({"name": "hello.txt", "size": 5}).encode()).decode()
    headers = ResponseHeaders(
        httpx2.Headers({"API-Version": "1.44", "OSType": "linux", "Docker-Experimental": "true", "X-Docker-Container-Path-Stat": stat})
    )
    assert (headers.api_version, headers.os_type, headers.experimental, headers.builder_version) == ("1.44", "linux", True, None)
    assert headers["api-version"] == "1.44" and dict(headers)["ostype"] == "linux"
    assert headers.path_stat == {"name": "hello.txt", "size": 5}
