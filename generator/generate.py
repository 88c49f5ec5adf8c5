"""The pipeline: load → build the IR → render → format. Returns the files; writing is the CLI's."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from . import build, cli_view, formatting, loader, python_view, render
from .ir import Spec
from .overlay import load_overlay
from .source import read_spec


@dataclass(frozen=True)
class Options:
    spec: str | None = None  # path or URL; None: the pinned upstream file
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
    text = read_spec(options.spec)
    document, validation = loader.load(text, overlay, use_cache=options.use_cache)
    try:
        spec = build.build(document, overlay, text.name, text.text)
        files = formatting.format_python(render_files(spec, options.script_name), use_cache=options.use_cache)
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
    text = read_spec(options.spec)
    document, validation = loader.load(text, overlay, use_cache=options.use_cache)
    try:
        return build.build(document, overlay, text.name, text.text)
    finally:
        validation.confirm()


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
    files[f"{package}/_operations.py"] = env.get_template("python/operations.py.jinja").render(view=cli_view.operations_view(spec))
    files[f"{package}/__main__.py"] = env.get_template("python/main.py.jinja").render()
    files["pyproject.toml"] = env.get_template("python/package_pyproject.toml.jinja").render(package=cli_view.package_view(spec))
    for source in sorted(render.RUNTIME.glob("*.py")):
        files[f"{package}/_runtime/{source.name}"] = source.read_text(encoding="utf-8")
    return files


# Runtime names a user of the package meets, exported at its top (besides every error class).
PUBLIC_RUNTIME = (
    ("AuthConfig", "auth"),
    ("DockerConfig", "auth"),
    ("BuildContext", "build_context"),
    ("build_context", "build_context"),
    ("JsonMessage", "messages"),
    ("StreamOutcome", "streams"),
)


def _runtime_exports() -> list[tuple[str, str]]:
    """(name, runtime module) of what `docker_engine` exports lazily: every error class, and
    PUBLIC_RUNTIME."""
    tree = ast.parse((render.RUNTIME / "errors.py").read_text(encoding="utf-8"))
    errors = [(node.name, "errors") for node in tree.body if isinstance(node, ast.ClassDef) and not node.name.startswith("_")]
    return errors + list(PUBLIC_RUNTIME)
