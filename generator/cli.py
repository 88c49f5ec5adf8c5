"""python -m generator [--spec PATH|URL] [--history DIR] [--out DIR] [--check] [--script-name NAME]

Exit codes: 0 done (or up to date), 1 --check found stale files, 2 bad input (nothing
written), 3 an internal error, 130 interrupted (nothing written).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import fingerprint
from .errors import GeneratorError
from .history import default_folder as history_default_folder
from .write import stale_files, write_tree

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "generated"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m generator", description="Generate the docker_engine client and its docs from the Engine API definition.")
    parser.add_argument("--spec", help="path or URL of the Engine API YAML (default: the pinned upstream file of spec/upstream.yaml, downloaded once and checked)")
    parser.add_argument("--history", help="folder of engine-api-vX.Y.yaml files, one per API version, that dates each operation, parameter and field (default: history/ beside the spec, or the spec's own folder when it holds other versions; for the pinned spec, the older versions of its commit, downloaded once and checked)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: generated/)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 and name the files that differ from what would be written")
    parser.add_argument("--script-name", default="", help="command name shown in the docs' Example lines (default: none, as in the reference docs)")
    parser.add_argument("--no-cache", action="store_true", help="do not use or fill the formatting cache")
    parser.add_argument("--debug", action="store_true", help="show a traceback on internal errors")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    try:
        inputs = _inputs_fingerprint(args)
        if inputs is not None and fingerprint.up_to_date(inputs, args.out):
            print(f"{args.out}: up to date (nothing changed since it was generated)")
            return 0
        from .generate import Options, start  # the pipeline's imports cost more than a warm run

        generation = start(Options(spec=args.spec, history=args.history, script_name=args.script_name, use_cache=not args.no_cache))
        files = generation.files
        if args.check:
            generation.confirm()
            stale = stale_files(args.out, files)
            if stale:
                print(f"{args.out}: {len(stale)} file(s) are stale; regenerate with python -m generator:", file=sys.stderr)
                for rel in stale:
                    print(f"  {rel}", file=sys.stderr)
                return 1
            message = f"{args.out}: up to date ({len(files)} files)"
        else:
            write_tree(args.out, files, before_swap=generation.confirm)
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
    """None where a run cannot be skipped: no cache wanted, or a spec behind a URL."""
    if args.no_cache or (args.spec and "://" in args.spec):
        return None
    try:
        spec_bytes = Path(args.spec).read_bytes() if args.spec else b"pinned by spec/upstream.yaml"
    except OSError:
        return None  # the full run reports it
    # the pinned spec's history is named by spec/upstream.yaml, which the fingerprint reads
    folder = Path(args.history) if args.history else history_default_folder(args.spec) if args.spec else None
    return fingerprint.inputs_fingerprint(spec_bytes, {"script_name": args.script_name, "history": fingerprint.folder_stamp(folder)})


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
