"""generator/layout.py lays out a long expression exactly as black does, or declines."""

from __future__ import annotations

import black
import pytest

from generator import formatting, layout
from generator.python_view import field_declaration

MODE = black.Mode(line_length=formatting.LINE_LENGTH, target_versions={black.TargetVersion.PY310})

VALUES = ", ".join(f'"value-number-{n}"' for n in range(12))


@pytest.mark.parametrize(
    ("source", "prefix", "suffix", "inside_brackets"),
    [
        (f"Annotated[Literal[{VALUES}], OpenEnum]", "Kind: TypeAlias = ", "", False),
        (f"Annotated[Literal[{VALUES}], OpenEnum] | None", "", "", True),
        ('Annotated[Literal["first-value", "second-value", "third-value-long"], OpenEnum] | None', "", "", True),
        ('BodyField(("body", "task_template", "plugin_spec"), ("body", "TaskTemplate", "PluginSpec"), "1.31")', "", ",", True),
        ('body=(BodyField(("exec_start_config", "console_size"), ("execStartConfig", "ConsoleSize"), "1.42"),)', "", ",", True),
        ('parameters=(Parameter("insert_defaults", "insertDefaults", "query", "1.29"),)', "", ",", True),
        ("[Literal[" + VALUES + "]]", "", ",", True),
        ("Annotated[Literal[" + VALUES + "]]", "", "", True),
        ("(Literal[" + VALUES + "],)", "", ",", True),
        ("Outer[Inner[" + VALUES + '], (1, 2, 3), ["a, b", "c"]]', "", ",", True),
    ],
)
@pytest.mark.parametrize("depth", [0, 1, 2, 3])
def test_the_layout_is_blacks(source: str, prefix: str, suffix: str, inside_brackets: bool, depth: int) -> None:
    """Each case as black sees it: a statement's value, or an item in a call's arguments."""
    laid_out = layout.split(source, 4 * depth + 4 * inside_brackets, prefix, suffix, inside_brackets)
    assert laid_out is not None
    wrapper = "".join("    " * level + "if _:\n" for level in range(depth))
    if inside_brackets:
        wrapper += "    " * depth + "f(\n"
        closing = "    " * depth + ")\n"
    else:
        closing = ""
    program = wrapper + laid_out + "\n" + closing
    assert black.format_str(program, mode=MODE) == program


@pytest.mark.parametrize(
    "source",
    [
        "first_operand_with_a_long_name + second_operand_with_a_long_name + third_operand_name_too",
        'call_one(argument_number_one="one")(argument_number_two="two", argument_three="three")',
        "call(" + VALUES + ",)",
        "'a string that is indexed'[" + VALUES + "]",
        "{" + VALUES + "}",
        "a_name_much_too_long_to_split_" + "x" * 80,
    ],
)
def test_what_it_does_not_know_is_left_to_black(source: str) -> None:
    assert layout.split(source, 4) is None
    assert layout.lay_out(source, 4, suffix=",") == f"    {source},"


def test_a_line_that_fits_is_left_as_it_is() -> None:
    assert layout.split("Literal['a', 'b'] | None", 8, suffix=",") == "        Literal['a', 'b'] | None,"


@pytest.mark.parametrize(
    "annotation",
    [
        f"Annotated[Literal[{VALUES}], OpenEnum] | None",
        'Annotated[Literal["active", "pause", "drain"], OpenEnum] | None',
        'Annotated[Literal["", "moby.plugins.http/v1"], OpenEnum] | None',
        'Annotated[Literal["default", "process", "hyperv", ""], OpenEnum] | None',
        "ClusterVolumeSpecAccessModeAccessibilityRequirements | None",
    ],
)
@pytest.mark.parametrize("alias", [None, "Availability", "AccessibilityRequirements", '9\U00083a36\xd0\xe6&'])
@pytest.mark.parametrize("required", [False, True])
def test_a_model_field_is_declared_as_black_lays_it_out(annotation: str, alias: str | None, required: bool) -> None:
    """Required fields have no `| None`: black then splits the annotation at its own brackets
    and the value after them (found by tests/hostile/test_random_schemas.py)."""
    if required:
        annotation = annotation.removesuffix(" | None")
    python_name = "accessibility_requirements" if alias == "AccessibilityRequirements" else "availability"
    program = "class Model:\n" + field_declaration(python_name, annotation, alias, required) + "\n"
    formatted = black.format_str(program, mode=MODE)
    # what the generator hands black, black leaves as it is or formats once and for all
    assert formatted == program or max(map(len, program.splitlines())) > formatting.LINE_LENGTH


def _annotations(size: int) -> list[str]:
    name = "C" * size
    values = ", ".join(f'"v{n}"' for n in range(size // 5 + 1))
    shapes = [name, f"list[{name}]", f"dict[str, list[{name}]]", f"Annotated[Literal[{values}], OpenEnum]"]
    return shapes + [f"{shape} | None" for shape in shapes]


@pytest.mark.parametrize("name_size", [1, 12, 30])
@pytest.mark.parametrize("alias", [None, "A" * 8, "A" * 30, "A" * 60])
@pytest.mark.parametrize("required", [False, True])
def test_every_field_shape_is_blacks_or_left_to_black(name_size: int, alias: str | None, required: bool) -> None:
    """A sweep over the lengths where black changes its mind: a declaration the generator lays
    out must be black's; one it leaves long, black formats (once, in the generator)."""
    for size in range(5, 90, 6):
        for annotation in _annotations(size):
            program = "class Model:\n" + field_declaration("n" * name_size, annotation, alias, required) + "\n"
            if max(map(len, program.splitlines())) <= formatting.LINE_LENGTH:
                assert black.format_str(program, mode=MODE) == program
