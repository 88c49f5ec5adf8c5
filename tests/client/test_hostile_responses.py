"""The daemon breaking its own spec: the client decodes what it really sends, keeps what the
spec does not know, and cannot be steered to another route or header by a value."""

from __future__ import annotations

import json
import logging
import warnings

import httpx2
import pytest

from docker_engine import AuthConfig, DockerClient, DockerError
from docker_engine._runtime.decoding import LenientDecodeWarning
from docker_engine.models import ContainerCreateBody

PASSWORD = "hunter2-secret-value"


def client_answering(payload: object, status: int = 200, seen: list[httpx2.Request] | None = None) -> DockerClient:
    def handler(request: httpx2.Request) -> httpx2.Response:
        if seen is not None:
            seen.append(request)
        return httpx2.Response(status, content=json.dumps(payload).encode(), headers={"content-type": "application/json"})

    return DockerClient("unix:///nowhere.sock", api_version="1.44", transport=httpx2.MockTransport(handler), docker_config=False)


def test_nulls_sentinels_unknown_enums_and_extra_fields_decode() -> None:
    listing = [
        {
            "Id": "sha256:" + "a" * 64,
            "ParentId": "",
            "RepoTags": None,  # "required" in the spec
            "RepoDigests": None,
            "Created": 1700000000,
            "Size": 123,
            "SharedSize": -1,
            "Labels": None,  # required and x-nullable: false in the spec
            "Containers": -1,
            "VirtualSize": 123,  # removed from the spec at 1.44, still sent by older daemons
            "Manifests": [{"Kind": "a-kind-from-the-future"}],
        }
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("error", LenientDecodeWarning)
        (image,) = client_answering(listing).image.image_list()
    # Required arrays and maps are not Optional: the daemon's null (a Go nil) decodes as empty.
    assert image.repo_tags == [] and image.labels == {}
    assert image.containers == -1 and image.shared_size == -1
    assert image.model_extra == {"VirtualSize": 123, "Manifests": [{"Kind": "a-kind-from-the-future"}]}
    assert image.model_dump(by_alias=True, exclude_unset=True)["VirtualSize"] == 123


def test_missing_history_ids_and_null_tags() -> None:
    history = [{"Id": "<missing>", "Created": 0, "CreatedBy": "", "Tags": None, "Size": 0, "Comment": ""}]
    (layer,) = client_answering(history).image.image_history("x")
    assert layer.id == "<missing>" and layer.tags == []


def test_unknown_enum_values_pass_through() -> None:
    state = {"Id": "c1", "State": {"Status": "stopping", "Health": {"Status": ""}}, "Unknown": {"nested": [1, 2]}}
    with warnings.catch_warnings():
        warnings.simplefilter("error", LenientDecodeWarning)
        container = client_answering(state).container.container_inspect("c1")
    assert container.state is not None and container.state.status == "stopping"
    assert container.model_extra == {"Unknown": {"nested": [1, 2]}}


def test_a_value_of_the_wrong_type_still_decodes_with_a_warning() -> None:
    with pytest.warns(LenientDecodeWarning):
        image = client_answering({"Id": "x", "Size": "not a number"}).image.image_inspect("x")
    assert image.id == "x"


@pytest.mark.parametrize("name", ["../containers/x/kill", "x?force=1", "x#frag", "a/../../b", "..", "."])
def test_path_values_cannot_reach_another_route(name: str) -> None:
    seen: list[httpx2.Request] = []
    docker = client_answering({}, seen=seen)
    try:
        docker.image.image_inspect(name)
    except ValueError:
        assert not seen  # refused before anything was sent
        return
    (request,) = seen
    raw = request.url.raw_path.decode()
    assert raw.startswith("/v1.44/images/") and raw.endswith("/json")
    assert raw.count("/") == 4 and "?" not in raw and "#" not in raw


@pytest.mark.parametrize("value", ["a\r\nX-Evil: 1", "a\nb", "a\rb", "a\x00b"])
def test_header_values_with_line_breaks_are_refused(value: str) -> None:
    seen: list[httpx2.Request] = []
    with pytest.raises(ValueError) as refused:
        client_answering({}, seen=seen).image.image_push("x", x_registry_auth=value)
    assert not seen
    assert value not in str(refused.value)


def test_credentials_appear_in_no_repr_log_or_exception(caplog: pytest.LogCaptureFixture) -> None:
    credentials = AuthConfig(username="me", password=PASSWORD, identitytoken=PASSWORD + "-token")
    caplog.set_level(logging.DEBUG)
    seen: list[httpx2.Request] = []
    docker = client_answering({"message": "denied"}, status=401, seen=seen)
    with pytest.raises(DockerError) as failed:
        docker.image.image_create(from_image="127.0.0.1:5000/x", x_registry_auth=credentials)
    assert seen[0].headers["X-Registry-Auth"]  # it was sent...
    encoded = seen[0].headers["X-Registry-Auth"]
    texts = [repr(credentials), str(credentials), str(failed.value), repr(failed.value), caplog.text, repr(failed.value.__dict__)]
    for text in texts:  # ...and shows nowhere else
        assert PASSWORD not in text and encoded not in text


def test_allof_wrapped_enum_and_port_map_decode_as_their_types() -> None:
    inspect = {
        "Id": "c1",
        "Mounts": [{"Type": "volume", "Name": "data", "Destination": "/data"}],
        "NetworkSettings": {"Ports": {"80/tcp": [{"HostIp": "0.0.0.0", "HostPort": "8080"}], "443/tcp": None}},
    }
    with warnings.catch_warnings():
        warnings.simplefilter("error", LenientDecodeWarning)
        container = client_answering(inspect).container.container_inspect("c1")
    assert container.mounts is not None and container.mounts[0].type == "volume"
    assert container.network_settings is not None and container.network_settings.ports is not None
    (binding,) = container.network_settings.ports["80/tcp"] or []
    assert binding.host_port == "8080" and container.network_settings.ports["443/tcp"] is None


def test_required_fields_are_typed_and_a_daemon_leaving_one_out_decodes_leniently() -> None:
    created = client_answering({"Id": "c1", "Warnings": []}).container.container_create(ContainerCreateBody(image="busybox"))
    assert created.id == "c1" and created.warnings == []
    with pytest.warns(LenientDecodeWarning, match="ContainerCreateResponse at Id: Field required"):
        odd = client_answering({"Warnings": None}).container.container_create(ContainerCreateBody(image="busybox"))
    assert odd.warnings == [] and "id" not in odd.model_fields_set
