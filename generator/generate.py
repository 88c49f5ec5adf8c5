"""The pipeline: load → build the IR → render → format. Returns the files; writing is the CLI's."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import build, cli_view, formatting, history, loader, python_view, render, versions_view
from .ir import Spec
from .overlay import Overlay, load_overlay
from .resources import RUNTIME
from .source import read_spec
from .target import MARKER, marker_text


@dataclass(frozen=True)
class Options:
    spec: str | None = None  # path or URL; None: the pinned upstream file
    spec_sha256: str | None = None  # refuse a spec whose bytes have another digest
    history: str | None = None  # folder of engine-api-vX.Y.yaml files; None: the one beside the spec, if any
    script_name: str = ""  # command name shown in the docs' Example lines
    use_cache: bool = True


@dataclass(frozen=True)
class Generation:
    """The output files, and the validator's pending verdict on the spec they came from."""

    files: dict[str, str]
    validation: loader.Validation | loader.AlreadyValid

    def confirm(self) -> None:
        """Return when the spec is valid; GeneratorError otherwise. Write nothing before."""
        self.validation.confirm()


def start(options: Options) -> Generation:
    """Build, render and format while the spec is validated in a worker process."""
    overlay = load_overlay()
    text = read_spec(options.spec, options.spec_sha256)
    document, validation = loader.load(text, overlay, use_cache=options.use_cache)
    try:
        spec = _with_history(build.build(document, overlay, text.name, text.text), document, options, overlay)
        files = formatting.format_python(render_files(spec, options.script_name), use_cache=options.use_cache)
        files.update(runtime_files())  # black-clean as committed (tests/generator/test_formatting.py)
        files[MARKER] = marker_text(files)
    except BaseException:
        validation.confirm()  # an invalid spec explains a failure better than the builder can
        raise
    return Generation(files, validation)


def generate(options: Options) -> dict[str, str]:
    """Every output file, formatted; GeneratorError when the spec is invalid."""
    generation = start(options)
    generation.confirm()
    return generation.files


def load_ir(options: Options) -> Spec:
    """The intermediate representation alone (for tests and tools)."""
    overlay = load_overlay()
    text = read_spec(options.spec, options.spec_sha256)
    document, validation = loader.load(text, overlay, use_cache=options.use_cache)
    try:
        return _with_history(build.build(document, overlay, text.name, text.text), document, options, overlay)
    finally:
        validation.confirm()


def history_folder(options: Options) -> Path | None:
    return Path(options.history) if options.history else history.default_folder(options.spec)


def _with_history(spec: Spec, document: dict[str, Any], options: Options, overlay: Overlay) -> Spec:
    return history.apply(spec, document, history_folder(options), options.use_cache, overlay)


def render_files(spec: Spec, script_name: str = "") -> dict[str, str]:
    env = render.environment()
    package = render.PACKAGE
    files = render.render_docs(spec, env, script_name)

    files[f"{package}/__init__.py"] = env.get_template("python/package_init.py.jinja").render(
        version=spec.version, exports=_runtime_exports()
    )
    files[f"{package}/py.typed"] = ""
    files[f"{package}/_client.py"] = env.get_template("python/client.py.jinja").render(
        version=spec.version, apis=python_view.client_api_views(spec)
    )
    files[f"{package}/api/__init__.py"] = '"""One module per API of the Engine API; see docker_engine.DockerClient."""\n'
    api_template = env.get_template("python/api_module.py.jinja")
    for api in spec.apis:
        files[f"{package}/api/{api.module}.py"] = api_template.render(api=python_view.api_view(api, spec))
    files[f"{package}/models/__init__.py"] = env.get_template("python/models_init.py.jinja").render(
        version=spec.version, index=python_view.model_index(spec)
    )
    module_template = env.get_template("python/models_module.py.jinja")
    for module in spec.model_modules:
        files[f"{package}/models/{module}.py"] = module_template.render(module=python_view.model_module_view(module, spec))
    files[f"{package}/_versions.py"] = env.get_template("python/versions.py.jinja").render(view=versions_view.versions_view(spec))
    files[f"{package}/_operations.py"] = env.get_template("python/operations.py.jinja").render(view=cli_view.operations_view(spec))
    files[f"{package}/__main__.py"] = env.get_template("python/main.py.jinja").render()
    files["pyproject.toml"] = env.get_template("python/package_pyproject.toml.jinja").render(package=cli_view.package_view(spec))
    return files


def runtime_files() -> dict[str, str]:
    """templates/runtime/*.py, copied verbatim: they are committed in black's layout, so no
    run formats them."""
    return {f"{render.PACKAGE}/_runtime/{source.name}": source.read_text(encoding="utf-8") for source in sorted(RUNTIME.glob("*.py"))}


# Runtime names a user of the package meets, exported at its top (besides every error class).
PUBLIC_RUNTIME = (
    ("AuthConfig", "auth"),
    ("DockerConfig", "auth"),
    ("BuildContext", "build_context"),
    ("build_context", "build_context"),
    ("JsonMessage", "messages"),
    ("LenientDecodeWarning", "decoding"),
    ("Frame", "decoders"),
    ("Output", "decoders"),
    ("StreamOutcome", "streams"),
    ("ResponseHeaders", "responses"),
    ("ContainerStats", "stats"),
    ("BinaryStream", "streams"),
    ("AsyncBinaryStream", "streams"),
    ("JsonStream", "streams"),
    ("AsyncJsonStream", "streams"),
    ("LogStream", "streams"),
    ("AsyncLogStream", "streams"),
    ("HijackedSession", "hijack"),
    ("AsyncHijackedSession", "hijack"),
    ("WebSocketSession", "websocket"),
    ("AsyncWebSocketSession", "websocket"),
)


def _runtime_exports() -> list[tuple[str, str]]:
    """(name, runtime module) of what `docker_engine` exports lazily: every error class, and
    PUBLIC_RUNTIME."""
    tree = ast.parse((RUNTIME / "errors.py").read_text(encoding="utf-8"))
    errors = [(node.name, "errors") for node in tree.body if isinstance(node, ast.ClassDef) and not node.name.startswith("_")]
    return errors + list(PUBLIC_RUNTIME)
