"""``python -m tests.daemon record [--only NAME|GROUP ...]`` – re-record cassettes against the live daemon.

Also: ``list`` (registered scenarios), ``serve CASSETTE`` (replay a cassette on a socket for manual poking) and
``coverage`` (which operations of the spec the cassettes cover, per API and per Engine).
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import time

from . import cassette as cf
from .scenario import CASSETTE_DIR, record, select


def _record(args: argparse.Namespace) -> int:
    from tests.support.engine import docker_available
    from tests.support.engines import SUITES, running_suite

    reason = docker_available()
    if reason:
        print(f"cannot record: {reason}", file=sys.stderr)
        return 2
    failed = 0
    dirs = set()
    sockets: dict[str, str] = {}  # Debian suite → socket of its Engine, started for this run
    with contextlib.ExitStack() as engines:
        for s in select(args.only):
            t0 = time.monotonic()
            try:
                socket_path = args.socket
                engine = engine_of_cassette(s.name)
                suite = s.suite or (SUITES[engine] if engine is not None else None)
                if socket_path is None and suite is not None:
                    if suite not in sockets:
                        sockets[suite] = engines.enter_context(running_suite(suite))
                    socket_path = sockets[suite]
                c = record(s, upstream=socket_path)
            except Exception as exc:  # noqa: BLE001 - report and continue with the next scenario
                failed += 1
                print(f"FAIL {s.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
                continue
            dirs.add(c.directory)
            size = c.path.stat().st_size
            print(f"ok   {s.name}: {len(c.exchanges)} exchanges, {size} bytes, {time.monotonic() - t0:.2f}s -> {c.path}")
    for d in sorted(dirs):
        for blob in cf.gc_blobs(d):
            print(f"removed unreferenced blob {blob}")
    return 1 if failed else 0


def engine_of_cassette(name: str) -> str | None:
    """The Engine a cassette group is recorded from when it is not the machine's (`client-28.5/…`)."""
    from tests.scenarios import ENGINE_GROUPS, MACHINE_ENGINE

    group = name.split("/", 1)[0]
    return next((engine for engine, g in ENGINE_GROUPS.items() if g == group and engine != MACHINE_ENGINE), None)


def _list(args: argparse.Namespace) -> int:
    for s in select(None):
        mark = "*" if s.cassette_path().exists() else " "
        print(f"{mark} {s.name:32} {s.description}")
    print(f"(* = cassette present under {CASSETTE_DIR})")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from .replay import ReplayDaemon

    d = ReplayDaemon(args.cassette, socket_path=args.socket, strict=False)
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # SIGTERM stops as cleanly as Ctrl-C
    with d as sock:
        print(f"serving {args.cassette} on unix://{sock} (Ctrl-C to stop)", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    print(d.report() or "all exchanges consumed, no mismatches")
    return 0


def _coverage(args: argparse.Namespace) -> int:
    from .coverage import report

    print(report())
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.daemon")
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("record", help="re-record scenarios through the recording proxy")
    p.add_argument("--only", action="append", metavar="NAME", help="scenario name or group (repeatable)")
    p.add_argument(
        "--socket",
        help="daemon socket (default: DOCKER_HOST or /var/run/docker.sock; for client-28.5/… an Engine 28.5 that start-engine starts)",
    )
    p.set_defaults(func=_record)
    p = sub.add_parser("list", help="list registered scenarios")
    p.set_defaults(func=_list)
    p = sub.add_parser("serve", help="replay a cassette on a unix socket")
    p.add_argument("cassette")
    p.add_argument("--socket", help="socket path (default: a temporary one)")
    p.set_defaults(func=_serve)
    p = sub.add_parser("coverage", help="operations of the spec with a recorded success and 4xx, per API and Engine")
    p.set_defaults(func=_coverage)
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
