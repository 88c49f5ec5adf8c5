"""docker-engine-codegen (or python -m generator) [--spec PATH|URL [--spec-sha256 HEX]] [--history DIR] [--out DIR] [--check] [--force] ...

Paths are relative to the current folder, wherever the tool is installed.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from . import fingerprint
from .errors import GeneratorError
from .history_files import default_folder as history_default_folder
from .target import refuse_unsafe_place
from .write import stale_files, write_tree

# Relative: the folder of that name in the current folder, as build steps and pre-commit (which
# runs hooks at the repository's top) expect.
DEFAULT_OUT = Path("generated")
EXIT_CODES = """exit codes:
  0    done, or already up to date
  1    --check: files are stale, missing or extra (they are listed)
  2    bad input: one line per problem, nothing written
  3    internal error of the generator, nothing written
  130  interrupted, nothing written"""


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="docker-engine-codegen",
        description="Generate the docker_engine client and its docs from the Engine API definition.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="store_true", help="show the tool's version and those of the libraries that change its output, and exit")
    parser.add_argument("--spec", help="path or URL of the Engine API YAML (default: the pinned upstream file of spec/upstream.yaml, downloaded once and checked)")
    parser.add_argument("--spec-sha256", metavar="HEX", help="refuse a --spec whose bytes have another sha256; a download is then cached under it")
    parser.add_argument("--history", help="folder of engine-api-vX.Y.yaml files, one per API version, that dates each operation, parameter and field (default: history/ beside the spec, or the spec's own folder when it holds other versions; for the pinned spec, the older versions of its commit, downloaded once and checked)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: ./generated)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 and name the files that differ from what would be written")
    parser.add_argument("--force", action="store_true", help="replace --out even when it holds files the generator did not write (never a home, root, current or repository folder)")
    parser.add_argument("--script-name", default="", help="command name shown in the docs' Example lines (default: none, as in the reference docs)")
    parser.add_argument("--no-cache", action="store_true", help="do not use or fill the formatting cache")
    parser.add_argument("--debug", action="store_true", help="show a traceback on internal errors")
    args = parser.parse_args(argv)
    if args.version:  # looked up only when asked: a warm run must stay fast
        print(version_text())
        parser.exit()
    if args.spec_sha256 and not args.spec:
        parser.error("--spec-sha256 needs --spec (the default spec is pinned by spec/upstream.yaml)")
    return args


def version_text() -> str:
    """The tool's version and the versions of what changes its output."""
    try:
        own = version("docker-engine-codegen")
    except PackageNotFoundError:
        own = "(not installed)"
    tools = ", ".join(f"{tool} {tool_version}" for tool, tool_version in fingerprint.tool_versions().items())
    return f"docker-engine-codegen {own} ({tools}, python {platform.python_version()})"


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    try:
        if not args.check:
            refuse_unsafe_place(args.out)  # before any work
        inputs = _inputs_fingerprint(args)
        if inputs is not None and fingerprint.up_to_date(inputs, args.out):
            print(f"{args.out}: up to date (nothing changed since it was generated)")
            return 0
        from .generate import Options, start  # the pipeline's imports cost more than a warm run

        generation = start(Options(spec=args.spec, spec_sha256=args.spec_sha256, history=args.history, script_name=args.script_name, use_cache=not args.no_cache))
        files = generation.files
        if args.check:
            generation.confirm()
            stale = stale_files(args.out, files)
            if stale:
                print(f"{args.out}: {len(stale)} file(s) are stale; regenerate with docker-engine-codegen:", file=sys.stderr)
                for rel in stale:
                    print(f"  {rel}", file=sys.stderr)
                return 1
            message = f"{args.out}: up to date ({len(files)} files)"
        else:
            write_tree(args.out, files, before_swap=generation.confirm, force=args.force)
            message = f"wrote {len(files)} files to {args.out} in {time.perf_counter() - started:.2f} s"
        if inputs is not None:
            fingerprint.remember(inputs, files)
    except GeneratorError as error:
        for line in error.lines():
            print(line, file=sys.stderr)
        print("error: nothing was written", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: nothing was written", file=sys.stderr)
        return 130
    except Exception as error:  # a defect of the generator itself, not of the input
        if args.debug:
            raise
        print(f"internal error: {type(error).__name__}: {error} (run with --debug for the traceback); nothing was written", file=sys.stderr)
        return 3
    print(message)
    return 0


def _inputs_fingerprint(args: argparse.Namespace) -> str | None:
    """None where a run cannot be skipped: no cache wanted, or a spec behind a URL without a pinned sha256."""
    if args.no_cache:
        return None
    # The pinned spec's history is named by spec/upstream.yaml, which the fingerprint reads.
    history = Path(args.history) if args.history else history_default_folder(args.spec) if args.spec else None
    options = {"script_name": args.script_name, "spec_sha256": args.spec_sha256 or "", "history": fingerprint.folder_stamp(history)}
    if args.spec and "://" in args.spec:
        # A pinned digest names the bytes: the URL need not be fetched to know they are unchanged.
        return fingerprint.inputs_fingerprint(f"sha256 {args.spec_sha256}".encode(), options) if args.spec_sha256 else None
    try:
        spec_bytes = Path(args.spec).read_bytes() if args.spec else b"pinned by spec/upstream.yaml"
    except OSError:
        return None  # the full run reports it
    return fingerprint.inputs_fingerprint(spec_bytes, options)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
