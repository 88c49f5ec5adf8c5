"""The emitted Markdown reproduces the reference document byte for byte."""

from __future__ import annotations

from generator.generate import Options, generate

from ..conftest import REFERENCE, spec_path


def test_image_api_doc_is_byte_identical_to_the_reference() -> None:
    files = generate(Options(spec=str(spec_path("engine-api-v1.44-2024-08.yaml"))))
    expected = (REFERENCE / "ImageApi.md").read_bytes()
    actual = files["docs/ImageApi.md"].encode("utf-8")
    assert actual == expected


def test_script_name_appears_in_example_lines() -> None:
    files = generate(Options(spec=str(spec_path("engine-api-v1.44-2024-08.yaml")), script_name="docker-engine"))
    assert "```bash\ndocker-engine imageList  all=value" in files["docs/ImageApi.md"]


def test_every_api_and_model_has_a_doc_and_a_readme_row() -> None:
    files = generate(Options(spec=str(spec_path("engine-api-v1.44.yaml"))))
    docs = {p for p in files if p.startswith("docs/")}
    assert len([p for p in docs if p.endswith("Api.md")]) == 15
    readme = files["README.md"]
    for path in docs:
        assert f"({path})" in readme or f"({path}#" in readme, path
