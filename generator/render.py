"""Render the IR with the Jinja templates into {relative path: file text}."""

from __future__ import annotations

import jinja2

from . import cli_view, docs_view, layout, python_view
from .ir import Spec
from .versions_view import versions_view
from .resources import TEMPLATES

PACKAGE = "docker_engine"


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=False,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["html"] = docs_view.html
    env.filters["docstring"] = python_view.docstring
    env.filters["pystr"] = python_view.string_literal
    env.filters["lay_out"] = layout.lay_out
    env.globals["import_statement"] = python_view.import_statement
    return env


def render_docs(spec: Spec, env: jinja2.Environment, script_name: str = "") -> dict[str, str]:
    """docs/*.md and README.md."""
    names = docs_view.DocNames(spec)
    files: dict[str, str] = {}
    api_template = env.get_template("docs/api.md.jinja")
    api_docs = [docs_view.api_doc(api, spec, names, script_name) for api in spec.apis]
    for api_doc in api_docs:
        files[f"docs/{api_doc.class_name}.md"] = api_template.render(api=api_doc)
    model_template = env.get_template("docs/model.md.jinja")
    for file_name, (name, model, pointer) in names.documented.items():
        files[f"docs/{file_name}.md"] = model_template.render(model=docs_view.model_doc(name, model, pointer, names))
    files["README.md"] = env.get_template("docs/README.md.jinja").render(
        readme=docs_view.readme_doc(spec, names, api_docs), version=spec.version, package_version=cli_view.package_version(spec.version), versions=versions_view(spec)
    )
    return files
