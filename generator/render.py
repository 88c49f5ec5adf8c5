"""Render the IR with the Jinja templates into {relative path: file text}."""

from __future__ import annotations

import jinja2

from . import docs_view, python_view
from .ir import Spec
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
    env.globals["import_statement"] = python_view.import_statement
    return env


def render_docs(spec: Spec, env: jinja2.Environment, script_name: str = "") -> dict[str, str]:
    files: dict[str, str] = {}
    api_template = env.get_template("docs/api.md.jinja")
    for api in spec.apis:
        files[f"docs/{api.class_name}.md"] = api_template.render(api=docs_view.api_doc(api, spec, script_name))
    model_template = env.get_template("docs/model.md.jinja")
    for model in spec.models:
        files[f"docs/{model.name}.md"] = model_template.render(model=docs_view.model_doc(model))
    return files
