"""The ``docker-engine`` command line: any Engine API operation from a shell.

The syntax is the one of the docs' Example lines::

    docker-engine imageList all=true filters='{"dangling":["true"]}'
    docker-engine imageTag name=busybox repo=example/busybox tag=v1
    docker-engine imageBuild t=demo:1 t=demo:latest @./context-dir
    docker-engine containerCreate name=web @container.json
    docker-engine imageCreate fromImage=busybox:latest X-Registry-Auth:e30=

* ``name=value`` sets a path or query parameter (its wire name, as in the docs); a
  parameter that takes a list is repeated (``t=a t=b``);
* ``Header:value`` sets a header parameter;
* ``@PATH`` or ``--body PATH`` sends the file as the request body, ``-`` (or
  ``--body -``) sends standard input; a JSON body is checked before it is sent, a
  directory given to ``imageBuild`` is sent as its build context (``.dockerignore``
  honoured).

Values are converted by the parameter's type: booleans ``true/false/1/0``, integers,
numbers, JSON for JSON-encoded parameters. JSON results are printed (indented in a
terminal, compact in a pipe), binary results go to ``--output PATH`` or standard
output, pull/push/build/load progress is drawn as the docker CLI draws it.

Exit status: 0 success, 1 the daemon reported an error (an error status, or an error
inside a stream), 2 usage error (unknown operation or parameter, bad value, unreadable
body), 3 no usable answer from the daemon (not reachable, timeout, broken response),
130 interrupted.

This module gets the operation table (``docker_engine._operations``) and the client
class from its caller and calls the generated API methods; it builds no request itself.
"""

from __future__ import annotations

import difflib
import json
import os
import sys
import textwrap
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import IO, Any, NoReturn, TextIO

from .errors import (
    DaemonNotReachable,
    DockerError,
    DockerTimeout,
    ProtocolError,
    StreamError,
    StreamTruncated,
    UnsupportedByApiVersion,
)

__all__ = [
    "EXIT_DAEMON_ERROR",
    "EXIT_INTERRUPTED",
    "EXIT_NO_DAEMON",
    "EXIT_OK",
    "EXIT_USAGE",
    "Op",
    "Param",
    "UsageError",
    "main",
]

EXIT_OK = 0
#: The daemon answered with an error status, or reported an error inside a stream.
EXIT_DAEMON_ERROR = 1
#: Unknown operation or parameter, bad value, unreadable body file.
EXIT_USAGE = 2
#: No usable answer: daemon not reachable, timeout, broken response.
EXIT_NO_DAEMON = 3
EXIT_INTERRUPTED = 130

_BOOLEANS = {"true": True, "1": True, "false": False, "0": False}
_JSON_KINDS = frozenset({"array", "map", "object", "model", "any"})


# -------------------------------------------------------------------- the table


@dataclass(frozen=True, slots=True)
class Param:
    """One parameter of an operation, as ``docker_engine._operations`` lists it."""

    wire: str  # as sent and as written on the command line: "shared-size"
    python: str  # keyword argument of the API method: "shared_size"
    location: str  # path, query, header, body, formData
    type: str  # as the docs show it: "boolean", "array[string]", "ContainerConfig"
    kind: str  # the Python value the method takes: string, integer, boolean, array, ...
    item: str | None  # item kind of arrays and maps
    encoding: str  # how the client sends it: value, bool, json, filters, multi, ...
    required: bool
    has_default: bool
    default: Any
    multiple: bool  # takes a list: repeat name=value
    enum: tuple[Any, ...] | None
    description: str


@dataclass(frozen=True, slots=True)
class Op:
    """One operation: its docs name and the API method the command line calls."""

    name: str  # docs name: "imageList"
    api: str  # "ImageApi"
    attribute: str  # client attribute: "image"
    method: str  # API method: "image_list"
    http: str  # "GET /images/json"
    summary: str
    body: str  # none, json, upload, text
    response: str  # json, empty, text, headers, binary, json-lines, frames, hijack
    progress: bool  # a JSON-lines stream of pull/push/build/load messages
    deprecated: bool
    params: tuple[Param, ...] = ()

    @property
    def body_param(self) -> Param | None:
        return next((p for p in self.params if p.location == "body"), None)


class UsageError(Exception):
    """A mistake on the command line (exit status 2)."""


# ------------------------------------------------------------------ options


@dataclass
class Options:
    host: str | None = None
    api_version: str = "auto"
    timeout: float | None = None
    output: str | None = None
    body: str | None = None
    raw_json: bool = False
    interactive: bool = False
    help: bool = False
    version: bool = False
    words: list[str] = field(default_factory=list)


_WITH_VALUE = {
    "-H": "host",
    "--host": "host",
    "--api-version": "api_version",
    "--timeout": "timeout",
    "-o": "output",
    "--output": "output",
    "--body": "body",
}
_FLAGS = {
    "--json": "raw_json",
    "-i": "interactive",
    "--interactive": "interactive",
    "-h": "help",
    "--help": "help",
    "--version": "version",
}

_OPTIONS_HELP = """\
options:
  -H, --host URL       the daemon: unix:///path, tcp://host:port, ssh://user@host
                       (default: $DOCKER_HOST, else unix:///var/run/docker.sock)
  --api-version V      use API version V instead of negotiating (min(client, daemon))
  --timeout SECONDS    read timeout of ordinary calls (streams never time out)
  --body PATH          send the file as the request body (- for standard input);
                       same as @PATH
  -o, --output PATH    write a binary result (export, archive) to PATH
  --json               print stream messages as JSON lines instead of progress
  -i, --interactive    attach/exec: send standard input to the process
  -h, --help           this help; after an operation: its parameters
  --version            the Engine API version of this client"""

_SYNTAX_HELP = """\
parameters, as in the docs' Example lines:
  name=value           a path or query parameter; repeat it for a list (t=a t=b)
  Header:value         a header parameter (X-Registry-Auth:...)
  @PATH, --body PATH   the request body from a file; a directory given to
                       imageBuild is sent as its build context
  -                    the request body from standard input
values: booleans true/false/1/0, integers, JSON for JSON-encoded parameters
(filters='{"dangling":["true"]}') and bodies."""

_EXIT_HELP = """\
exit status: 0 success, 1 the daemon reported an error, 2 usage error (also: the
call uses what the daemon's API version lacks; nothing was sent), 3 no usable answer from the daemon, 130 interrupted"""


def parse_options(argv: Sequence[str]) -> Options:
    options = Options()
    i = 0
    while i < len(argv):
        word = argv[i]
        i += 1
        if word == "--":
            options.words.extend(argv[i:])
            break
        if not word.startswith("-") or word == "-":
            options.words.append(word)
            continue
        name, eq, inline = word.partition("=")
        if name in _FLAGS and not eq:
            setattr(options, _FLAGS[name], True)
            continue
        if name not in _WITH_VALUE:
            known = sorted({*_WITH_VALUE, *_FLAGS})
            raise UsageError(f"unknown option {name!r}" + _suggest(name, known))
        if eq:
            value = inline
        elif i < len(argv):
            value = argv[i]
            i += 1
        else:
            raise UsageError(f"option {name} needs a value")
        target = _WITH_VALUE[name]
        if target == "timeout":
            try:
                options.timeout = float(value)
            except ValueError:
                raise UsageError(f"{name}: not a number: {value!r}") from None
        else:
            setattr(options, target, value)
    return options


def _suggest(word: str, candidates: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(candidates), n=3, cutoff=0.6)
    return f"; did you mean {' or '.join(close)}?" if close else ""


# --------------------------------------------------------------------- help


def _wrap(text: str, indent: int, width: int) -> str:
    pad = " " * indent
    paragraphs = []
    for line in text.strip().splitlines():
        if not line.strip():
            paragraphs.append("")
            continue
        paragraphs.append(
            textwrap.fill(
                line.strip(),
                width=max(width, indent + 20),
                initial_indent=pad,
                subsequent_indent=pad,
                break_on_hyphens=False,
                break_long_words=False,
            )
        )
    return "\n".join(paragraphs)


def general_help(operations: Sequence[Op], prog: str, spec_version: str) -> str:
    width = _width()
    lines = [
        f"usage: {prog} [OPTIONS] OPERATION [name=value ...] [Header:value ...]"
        " [@PATH | -]",
        "",
        f"Call any operation of the Docker Engine API {spec_version} (older daemons:"
        " the version is negotiated down).",
        "",
        _SYNTAX_HELP,
        "",
        _OPTIONS_HELP,
        "",
        f"operations ({prog} OPERATION --help lists its parameters):",
    ]
    by_api: dict[str, list[Op]] = {}
    for op in operations:
        by_api.setdefault(op.api, []).append(op)
    column = max((len(op.name) for op in operations), default=10) + 4
    for api, ops in by_api.items():
        lines.append("")
        lines.append(f"{api}:")
        for op in ops:
            summary = op.summary.splitlines()[0] if op.summary else ""
            if op.deprecated:
                summary += " (deprecated)"
            entry = f"  {op.name:<{column - 2}}{summary}"
            lines.append(entry if len(entry) <= width else entry[: width - 1] + "…")
    lines += ["", _EXIT_HELP]
    return "\n".join(lines) + "\n"


def _syntax(p: Param) -> str:
    if p.location == "body":
        return "@PATH | -"
    if p.location == "header":
        return f"{p.wire}:VALUE"
    return f"{p.wire}=VALUE"


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def operation_help(op: Op, prog: str) -> str:
    width = _width()
    body = op.body_param
    usage = f"usage: {prog} {op.name}"
    others = [p for p in op.params if p.location != "body"]
    usage += "".join(f" {_syntax(p)}" for p in others if p.required)
    if any(not p.required for p in others):
        usage += " [name=VALUE ...]"
    if any(not p.required and p.location == "header" for p in others):
        usage += " [Header:VALUE ...]"
    if body is not None:
        usage += " @PATH|-" if body.required else " [@PATH|-]"
    lines = [usage, ""]
    if op.summary:
        lines.append(op.summary.strip() + (" (deprecated)" if op.deprecated else ""))
    lines.append(f"{op.http}   (Python: client.{op.attribute}.{op.method}(...))")
    lines.append(f"result: {_result_text(op)}")
    lines.append("")
    if not op.params:
        lines.append("This operation takes no parameters.")
    else:
        lines.append("parameters:")
        for p in sorted(op.params, key=lambda p: p.location == "body"):
            facts = [p.type, p.location, "required" if p.required else "optional"]
            if p.has_default:
                facts.append(f"default {_shown(p.default)}")
            if p.multiple and p.location != "body":
                facts.append(f"a list: repeat {p.wire}=")
            if p.enum:
                facts.append("one of " + ", ".join(_shown(v) for v in p.enum))
            if p.location == "body":
                facts.append(_body_text(op))
            lines.append(f"  {_syntax(p)}")
            lines.append(_wrap("(" + "; ".join(facts) + ")", 6, width))
            if p.description:
                lines.append(_wrap(p.description, 6, width))
    return "\n".join(lines) + "\n"


def _body_text(op: Op) -> str:
    if op.body == "upload":
        if any(p.wire == "dockerfile" for p in op.params):
            return "a tar archive, or a directory sent as the build context"
        return "sent as it is (a tar archive or file)"
    if op.body == "json":
        return "JSON, checked before it is sent"
    return "text"


def _result_text(op: Op) -> str:
    return {
        "json": "JSON, printed",
        "empty": "nothing",
        "text": "text, printed",
        "headers": "response headers, printed as JSON",
        "binary": "binary, written to --output PATH or standard output",
        "json-lines": (
            "a stream of progress messages, drawn as progress bars in a terminal"
            " (--json: the messages)"
            if op.progress
            else "a stream of JSON messages, printed one per line"
        ),
        "frames": "output stream: stdout and stderr",
        "hijack": "an attached session: its output (-i sends standard input)",
    }.get(op.response, op.response)


def _width() -> int:
    import shutil

    return min(shutil.get_terminal_size((100, 24)).columns, 120)


# ----------------------------------------------------------- the arguments


class _Stdin:
    """Marker: the body comes from standard input."""


STDIN = _Stdin()


@dataclass
class Call:
    op: Op
    kwargs: dict[str, Any]
    body_source: str | _Stdin | None = None


def find_operation(operations: Sequence[Op], name: str) -> Op:
    for op in operations:
        if op.name == name:
            return op
    folded = name.lower().replace("-", "").replace("_", "")
    for op in operations:
        if folded in (op.name.lower(), op.method.replace("_", "")):
            return op
    raise UsageError(
        f"unknown operation {name!r}" + _suggest(name, [op.name for op in operations])
    )


def _lookup(op: Op, key: str, header: bool) -> Param | None:
    params = [p for p in op.params if (p.location == "header") == header]
    for p in params:
        if p.wire == key or p.python == key:
            return p
    lowered = key.lower()
    for p in params:
        if p.wire.lower() == lowered:
            return p
    return None


def parse_call(op: Op, words: Sequence[str], body_option: str | None) -> Call:
    """Group the ``name=value`` / ``Header:value`` / ``@PATH`` words by parameter."""
    raw: dict[str, list[str]] = {}
    params: dict[str, Param] = {}
    body_source: str | _Stdin | None = None
    if body_option is not None:
        body_source = STDIN if body_option == "-" else body_option
    for word in words:
        if word == "-" or word.startswith("@"):
            if body_source is not None:
                raise UsageError("the body is given twice")
            body_source = STDIN if word == "-" else word[1:]
            continue
        param = None
        key, eq, value = word.partition("=")
        if eq:
            param = _lookup(op, key, header=False) or _lookup(op, key, header=True)
        if param is None:
            head, colon, header_value = word.partition(":")
            if colon:
                param = _lookup(op, head, header=True)
                if param is not None:
                    key, value = head, header_value
        if param is None or param.location == "body":
            names = [p.wire for p in op.params if p.location != "body"]
            shown = key if eq else word
            raise UsageError(
                f"{op.name} has no parameter {shown!r}"
                + (_suggest(shown, names) or f"; its parameters: {', '.join(names)}")
                if names
                else f"{op.name} takes no parameters (got {word!r})"
            )
        raw.setdefault(param.python, []).append(value)
        params[param.python] = param
    kwargs: dict[str, Any] = {}
    for python, values in raw.items():
        kwargs[python] = convert(params[python], values)
    missing = [
        _syntax(p)
        for p in op.params
        if p.required and p.location != "body" and p.python not in kwargs
    ]
    if missing:
        raise UsageError(f"{op.name} needs {' '.join(missing)}")
    body = op.body_param
    if body_source is not None and body is None:
        raise UsageError(f"{op.name} takes no request body")
    if body is not None and body.required and body_source is None:
        raise UsageError(f"{op.name} needs a request body: @PATH, --body PATH or -")
    return Call(op, kwargs, body_source)


def _bool(p: Param, text: str) -> bool:
    try:
        return _BOOLEANS[text.strip().lower()]
    except KeyError:
        raise UsageError(
            f"{p.wire}: expected true, false, 1 or 0, got {text!r}"
        ) from None


def _scalar(p: Param, kind: str | None, text: str) -> Any:
    if kind == "boolean":
        return _bool(p, text)
    if kind == "integer":
        try:
            return int(text.strip())
        except ValueError:
            raise UsageError(f"{p.wire}: expected an integer, got {text!r}") from None
    if kind == "number":
        try:
            return float(text.strip())
        except ValueError:
            raise UsageError(f"{p.wire}: expected a number, got {text!r}") from None
    if kind in _JSON_KINDS:
        return _json(p, text)
    return text


def _json(p: Param, text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as exc:
        raise UsageError(f"{p.wire}: not valid JSON ({exc}): {text!r}") from None


def convert(p: Param, values: Sequence[str]) -> Any:
    """The value the API method takes, from the strings given on the command line."""
    if p.multiple:
        items: list[Any] = []
        for text in values:
            if p.encoding == "json" and text.lstrip().startswith("["):
                decoded = _json(p, text)
                items.extend(decoded if isinstance(decoded, list) else [decoded])
            else:
                items.append(_scalar(p, p.item or "string", text))
        return items
    if len(values) > 1:
        raise UsageError(f"{p.wire} is given {len(values)} times; it takes one value")
    text = values[0]
    if p.encoding == "filters":
        if not text.strip():
            return text
        decoded = _json(p, text)
        if not isinstance(decoded, dict):
            raise UsageError(
                f'{p.wire}: expected a JSON object like {{"key":["value"]}}'
            )
        return decoded
    if p.encoding == "json":
        return _json(p, text)
    if p.encoding.startswith("registry-"):
        return text  # already encoded, as the header carries it
    return _scalar(p, p.kind, text)


# ------------------------------------------------------------------ the body


def _read_text(source: str | _Stdin) -> str:
    if isinstance(source, _Stdin):
        return sys.stdin.read()
    try:
        with open(source, encoding="utf-8") as f:
            return f.read()
    except OSError as exc:
        raise UsageError(f"cannot read the body: {exc}") from None


def attach_body(call: Call) -> None:
    """Add the body to ``call.kwargs`` as the method takes it."""
    op, source, body = call.op, call.body_source, call.op.body_param
    if source is None or body is None:
        return
    if op.body == "upload":
        if isinstance(source, _Stdin):
            call.kwargs[body.python] = sys.stdin.buffer
        elif os.path.isdir(source):
            if not any(p.wire == "dockerfile" for p in op.params):
                raise UsageError(f"{source}: is a directory; {op.name} takes a file")
            from .build_context import build_context

            try:
                context = build_context(
                    source, dockerfile=call.kwargs.get("dockerfile")
                )
            except (OSError, ValueError) as exc:
                raise UsageError(f"build context {source}: {exc}") from None
            call.kwargs[body.python] = context
            if "dockerfile" in call.kwargs or context.dockerfile != "Dockerfile":
                call.kwargs["dockerfile"] = context.dockerfile
        else:
            if not os.path.isfile(source):
                raise UsageError(f"cannot read the body: no file {source!r}")
            call.kwargs[body.python] = source
        return
    text = _read_text(source)
    if op.body == "json":
        call.kwargs[body.python] = _json(body, text)
    else:
        call.kwargs[body.python] = text


# ------------------------------------------------------------------ results


def plain(value: Any) -> Any:
    """Models dumped as the daemon spelled them (aliases, unset fields left out)."""
    model_dump = getattr(value, "model_dump", None)
    if callable(model_dump):
        return model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def print_json(value: Any, out: TextIO, *, pretty: bool) -> None:
    if pretty:
        text = json.dumps(plain(value), indent=2, ensure_ascii=False, default=str)
    else:
        text = json.dumps(
            plain(value), separators=(",", ":"), ensure_ascii=False, default=str
        )
    out.write(text + "\n")


def _isatty(stream: IO[Any]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def show_result(op: Op, result: Any, options: Options) -> int:
    stdout = sys.stdout
    if op.response == "empty":
        return EXIT_OK
    if op.response in ("json", "headers"):
        value = dict(result) if op.response == "headers" else result
        print_json(value, stdout, pretty=_isatty(stdout))
        return EXIT_OK
    if op.response == "text":
        text = str(result)
        stdout.write(text if text.endswith("\n") else text + "\n")
        return EXIT_OK
    if op.response == "binary":
        with result:
            if options.output is not None:
                result.write_to(options.output)
            else:
                stdout.flush()
                result.write_to(sys.stdout.buffer)
                sys.stdout.buffer.flush()
        return EXIT_OK
    if op.response == "json-lines":
        with result:
            if op.progress and not options.raw_json:
                from .progress import show_progress

                show_progress(result, stdout, tty=_isatty(stdout))
            else:
                for item in result:
                    print_json(item, stdout, pretty=False)
                    stdout.flush()
        return EXIT_OK
    if op.response == "frames":
        with result:
            _copy_frames(result)
        return EXIT_OK
    if op.response == "hijack":
        with result:
            if options.interactive:
                _pump_stdin(result)
            _copy_frames(result)
        return EXIT_OK
    print_json(result, stdout, pretty=_isatty(stdout))
    return EXIT_OK


def _copy_frames(frames: Iterable[Any]) -> None:
    for frame in frames:
        target = sys.stderr if frame.stream == 2 else sys.stdout
        target.flush()
        target.buffer.write(frame.data)
        target.buffer.flush()


def _pump_stdin(session: Any) -> None:
    def pump() -> None:
        try:
            while chunk := os.read(sys.stdin.fileno(), 65536):
                session.write(chunk)
            session.close_write()
        except (OSError, DockerError):
            pass

    threading.Thread(target=pump, daemon=True).start()


# --------------------------------------------------------------------- main


def _fail(message: str) -> NoReturn:
    raise UsageError(message)


def _refuse_binary_to_terminal(op: Op, options: Options) -> None:
    if op.response == "binary" and options.output is None and _isatty(sys.stdout):
        _fail(
            f"{op.name} returns binary data; use --output PATH or redirect standard"
            " output"
        )


def main(
    operations: Sequence[Op],
    client_factory: Callable[..., Any],
    argv: Sequence[str] | None = None,
    *,
    prog: str = "docker-engine",
    spec_version: str = "",
) -> int:
    """Run one command line; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    op_name = ""
    try:
        options = parse_options(args)
        if options.version:
            sys.stdout.write(f"{prog}: Docker Engine API {spec_version}\n")
            return EXIT_OK
        if not options.words:
            if options.help:
                sys.stdout.write(general_help(operations, prog, spec_version))
                return EXIT_OK
            sys.stderr.write(general_help(operations, prog, spec_version))
            return EXIT_USAGE
        op = find_operation(operations, options.words[0])
        op_name = op.name
        if options.help:
            sys.stdout.write(operation_help(op, prog))
            return EXIT_OK
        call = parse_call(op, options.words[1:], options.body)
        attach_body(call)
        _refuse_binary_to_terminal(op, options)
        settings: dict[str, Any] = {"api_version": options.api_version}
        if options.timeout is not None:
            settings["timeout"] = options.timeout
        try:
            client = client_factory(options.host, **settings)
        except ValueError as exc:  # a malformed --host / DOCKER_HOST / version
            raise UsageError(str(exc)) from None
        with client:
            method = getattr(getattr(client, op.attribute), op.method)
            result = method(**call.kwargs)
            return show_result(op, result, options)
    except UsageError as exc:
        sys.stderr.write(f"{prog}: {exc}\n")
        hint = f"{prog} {op_name} --help" if op_name else f"{prog} --help"
        sys.stderr.write(f"See '{hint}'.\n")
        return EXIT_USAGE
    except (DaemonNotReachable, DockerTimeout, ProtocolError, StreamTruncated) as exc:
        sys.stdout.flush()
        sys.stderr.write(f"error: {exc.message}\n")
        return EXIT_NO_DAEMON
    except UnsupportedByApiVersion as exc:
        sys.stderr.write(f"{prog}: {op_name}: {exc.message}\n")
        return EXIT_USAGE
    except StreamError as exc:
        sys.stdout.flush()
        sys.stderr.write(f"error: {exc.message}\n")
        return EXIT_DAEMON_ERROR
    except DockerError as exc:
        sys.stdout.flush()
        sys.stderr.write(f"Error response from daemon: {exc.message}\n")
        return EXIT_DAEMON_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("\ninterrupted\n")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (| head): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
