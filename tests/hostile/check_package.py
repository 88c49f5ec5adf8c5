"""Run in a fresh interpreter with the generated package's folder first on sys.path:
imports every module of `docker_engine` (warnings are errors), force-builds every model and
validates `{}` with it, resolves every client attribute, calls every API method (with "x"
for each required argument, against a client that only records the request), and
optionally round-trips JSON instances through models.

    python check_package.py OUT [CASES.json]

CASES.json is a list of {"model": class name, "instance": JSON value}. Prints one JSON
object: {"models": n, "apis": n, "failures": [...]}; exit 0 even when some fail, so the
caller can show every failure at once (a crash of this script itself exits non-zero).
"""

from __future__ import annotations

import importlib
import inspect
import json
import sys
import traceback
import warnings
from functools import cached_property
from pathlib import Path


def main(out: str, cases_path: str | None) -> dict[str, object]:
    sys.path.insert(0, out)
    warnings.simplefilter("error")  # pydantic's "field shadows an attribute" is a defect here
    failures: list[str] = []
    package = Path(out) / "docker_engine"

    def attempt(what: str, action):  # type: ignore[no-untyped-def]
        try:
            return action()
        except BaseException as error:  # noqa: BLE001 - report everything
            failures.append(f"{what}: {type(error).__name__}: {error}\n{traceback.format_exc(limit=-3)}")
            return None

    import docker_engine
    from docker_engine._runtime.model import Model

    models = importlib.import_module("docker_engine.models")
    classes: dict[str, type] = {}
    for name in models.__all__:
        value = attempt(f"docker_engine.models.{name}", lambda name=name: getattr(models, name))
        if inspect.isclass(value) and issubclass(value, Model):
            classes[name] = value
    for path in sorted((package / "models").glob("*.py")):
        module = attempt(f"import models.{path.stem}", lambda stem=path.stem: importlib.import_module(f"docker_engine.models.{stem}"))
        for name, value in (vars(module) if module is not None else {}).items():
            if inspect.isclass(value) and issubclass(value, Model) and value.__module__ == getattr(module, "__name__", ""):
                classes.setdefault(name, value)
    for name, cls in sorted(classes.items()):
        attempt(f"{name}.model_rebuild", lambda cls=cls: cls.model_rebuild(force=True))
        attempt(f"{name}.model_validate({{}})", lambda cls=cls: _validate_empty(cls))
    apis = 0
    for path in sorted((package / "api").glob("*.py")):
        module = attempt(f"import api.{path.stem}", lambda stem=path.stem: importlib.import_module(f"docker_engine.api.{stem}"))
        for name in getattr(module, "__all__", []):
            if not name.startswith("Async"):
                _call_every_method(getattr(module, name), failures)
    client = attempt("DockerClient()", lambda: docker_engine.DockerClient("tcp://127.0.0.1:9"))
    for cls_name in ("DockerClient", "AsyncDockerClient"):
        cls = getattr(docker_engine, cls_name)
        for attribute, value in vars(cls).items():
            if isinstance(value, cached_property):
                apis += cls_name == "DockerClient"
                api = attempt(f"{cls_name}.{attribute}", lambda a=attribute, c=cls: getattr(c.__new__(c), a))
                if api is not None and type(api).__mro__[1].__name__ not in ("SyncApi", "AsyncApi"):
                    failures.append(f"{cls_name}.{attribute} is {type(api).__name__}, not an API group")
    if client is not None:
        attempt("DockerClient.close", client.close)
    if cases_path:
        for case in json.loads(Path(cases_path).read_text(encoding="utf-8")):
            attempt(f"round trip {case['model']}", lambda case=case: _round_trip(models, case))
    return {"models": len(classes), "apis": apis, "failures": failures}


class _Recorder:
    """Stands in for the client: keeps the requests the API methods build."""

    def __init__(self) -> None:
        self.requests: list[object] = []

    def send(self, request: object, expect: object) -> None:
        self.requests.append(request)


def _call_every_method(api_class: type, failures: list[str]) -> None:
    """Call each method with "x" for every required argument: the request must build (the
    path filled in), whatever the spec named its parameters."""
    recorder = _Recorder()
    api = api_class(recorder)
    for name, method in inspect.getmembers(api, inspect.ismethod):
        if name.startswith("_"):
            continue
        required = [p for p in inspect.signature(method).parameters.values() if p.default is inspect.Parameter.empty]
        try:
            method(*["x" for _ in required])
        except Exception as error:  # noqa: BLE001
            failures.append(f"{api_class.__name__}.{name}: {type(error).__name__}: {error}\n{traceback.format_exc(limit=-3)}")


def _validate_empty(cls: type) -> None:
    """`{}` validates, or fails only for the fields the spec requires."""
    import pydantic

    try:
        cls.model_validate({})  # type: ignore[attr-defined]
    except pydantic.ValidationError as error:
        if any(e["type"] != "missing" for e in error.errors()):
            raise


def _round_trip(models: object, case: dict[str, object]) -> None:
    """What the client decodes comes back as it was sent. Decoded as the client decodes (the
    instances leave out required fields too, which decodes leniently, with a warning)."""
    import warnings

    import pydantic

    from docker_engine._runtime.decoding import LenientDecodeWarning, decode_python
    from docker_engine._runtime.model import Model

    target = getattr(models, str(case["model"]))
    instance = case["instance"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LenientDecodeWarning)
        decoded = decode_python(target, instance)
    if isinstance(target, type) and issubclass(target, Model):
        dumped = decoded.model_dump(mode="json", by_alias=True, exclude_unset=True)
    else:  # a named array, map, enum, ...: an alias
        adapter = pydantic.TypeAdapter(target)
        dumped = adapter.dump_python(decoded, mode="json", by_alias=True, exclude_unset=True)
    if dumped != instance:
        raise AssertionError(f"{json.dumps(instance)[:2000]}\n  came back as\n{json.dumps(dumped)[:2000]}")


if __name__ == "__main__":
    result = main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
    print(json.dumps(result))
