"""What issue 12 asked of the emitted client beyond types: timeouts that follow the call, and
bodies the daemon requires."""

from __future__ import annotations

import httpx2

from docker_engine import DockerClient


def recording_client(seen: list[httpx2.Request], *, timeout: float = 2.0) -> DockerClient:
    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return httpx2.Response(204)

    return DockerClient(
        "unix:///nowhere.sock", api_version="1.44", timeout=timeout, transport=httpx2.MockTransport(handler), docker_config=False
    )


def test_a_stop_extends_the_read_timeout_by_its_wait() -> None:
    seen: list[httpx2.Request] = []
    docker = recording_client(seen, timeout=2.0)
    docker.container.container_stop("c1", t=4)
    docker.container.container_stop("c1")
    with_wait, without = (request.extensions["timeout"] for request in seen)
    assert with_wait["read"] == 2.0 + 4 + 10.0 and with_wait["connect"] == 2.0
    assert without["read"] == 2.0


def test_every_method_takes_a_per_call_timeout() -> None:
    seen: list[httpx2.Request] = []
    docker = recording_client(seen, timeout=2.0)
    docker.container.container_stop("c1", t=4, timeout=30.0)
    docker.container.container_pause("c1", timeout=7.5)
    stop, pause = (request.extensions["timeout"] for request in seen)
    assert stop["read"] == 30.0 + 4 + 10.0 and stop["write"] == 30.0
    assert pause == {"connect": 2.0, "read": 7.5, "write": 7.5, "pool": 7.5}


def test_every_generated_method_has_a_keyword_only_timeout() -> None:
    import importlib
    import inspect
    import pkgutil

    import docker_engine.api

    checked = 0
    for info in pkgutil.iter_modules(docker_engine.api.__path__):
        module = importlib.import_module(f"docker_engine.api.{info.name}")
        for cls in (getattr(module, name) for name in module.__all__):
            for name, method in inspect.getmembers(cls, inspect.isfunction):
                if name.startswith("_"):
                    continue
                parameters = inspect.signature(method).parameters
                override = "call_timeout" if name == "plugin_enable" else "timeout"
                assert parameters[override].kind is inspect.Parameter.KEYWORD_ONLY, name
                assert parameters[override].annotation == "float | None", name
                checked += 1
    assert checked == 2 * 107
    # plugin_enable's own `timeout` (seconds for the plugin to start) keeps its name
    from docker_engine.api.plugin_api import PluginApi

    # (always sent, default 0: the daemon parses it unconditionally, spec/overlay.yaml PluginEnable)
    enable_timeout = inspect.signature(PluginApi.plugin_enable).parameters["timeout"]
    assert (enable_timeout.annotation, enable_timeout.default) == ("int", 0)


def test_exec_start_without_a_config_sends_an_empty_object() -> None:
    from generator.generate import Options, load_ir
    from generator.python_view import method_view

    from tests.conftest import spec_path

    spec = load_ir(Options(spec=str(spec_path("engine-api-v1.44.yaml"))))
    models = {m.name: m for m in spec.models}
    (start,) = [op for api in spec.apis for op in api.operations if op.operation_id == "ExecStart"]
    assert method_view(start, models).body == "JsonBody({} if exec_start_config is None else exec_start_config)"
    from docker_engine._runtime.request import JsonBody

    assert JsonBody({}).encode() == b"{}"


def test_secret_and_config_create_decode_the_id_daemons_send() -> None:
    """Daemons answer {"ID": …} (the spec's IdResponse says "Id"): the overlay's result_schema."""
    import warnings

    from docker_engine._runtime.decoding import LenientDecodeWarning
    from docker_engine.models import ConfigCreateBody, SecretCreateBody

    docker = DockerClient(
        "unix:///nowhere.sock",
        api_version="1.44",
        transport=httpx2.MockTransport(lambda request: httpx2.Response(201, json={"ID": "rec-id-" + request.url.path.split("/")[-2]})),
        docker_config=False,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error", LenientDecodeWarning)
        assert docker.secret.secret_create(body=SecretCreateBody(name="s", data="eA==")).id == "rec-id-secrets"
        assert docker.config.config_create(body=ConfigCreateBody(name="c", data="eA==")).id == "rec-id-configs"
