"""Test environment helpers shared by the test suites.

Public API (import from the submodules):

* ``tests.support.engine``
    - ``daemon_socket() -> str``: the daemon's unix socket (``DOCKER_HOST=unix://…`` or ``/var/run/docker.sock``).
    - ``docker_available() -> str | None``: ``None`` when the daemon answers ``GET /_ping``, else a reason
      (use as ``pytest.skip(reason)``).
    - ``request(method, target, *, body=None, headers=(), socket_path=None, timeout=60) -> Response``: a tiny
      h11 client for setup/teardown calls (``Response.status/.headers/.chunks/.body/.json()``).
    - ``Cleanup``: context manager; ``.container(id)`` / ``.network(id)`` / ``.volume(name)`` / ``.image(ref)`` register things a test creates, they
      are force-removed (containers first) on exit.
* ``tests.support.images``
    - ``BUSYBOX_IMAGE = "codegen-test/busybox:latest"``.
    - ``ensure_busybox(client_socket="/var/run/docker.sock") -> str``: imports the busybox image if missing and
      returns its image ID (``sha256:…``); idempotent, ~10 ms when the image exists. Needs ``/bin/busybox`` from
      Debian's ``busybox-static``; when missing it runs ``apt-get install -y busybox-static`` (root only).
    - ``make_rootfs_tar(path) -> pathlib.Path``: writes the deterministic busybox rootfs tar (for import/build tests).
* ``tests.support.registry``
    - ``LocalRegistry``: ``with LocalRegistry() as reg: reg.address  # "127.0.0.1:PORT"`` runs Debian's
      ``docker-registry`` (``apt-get install -y docker-registry`` when missing) on 127.0.0.1 with a temporary
      storage dir, plain HTTP; the daemon accepts 127.0.0.0/8 as an insecure registry by default.

* ``tests.support.engines``
    - ``running_engine(version)``: context manager yielding the socket of an Engine of another version (``SUITES``:
      26.1, 28.5) that ``../shared/tools/engines/start-engine`` starts beside the machine's; stopped on exit
      (one found running is reused and left running).
    - ``running_suite(suite)``, ``restart_suite(suite)``, ``SWARM_SUITES``: the same by Debian suite; the swarm
      scenarios run on bookworm's Engine 20.10 (a second one: never the machine's) and sid's 28.5.
    - ``socket_if_running(version)``, ``cannot_start_engines()``; ``python -m tests.support.engines start|stop``
      (``.ci/run``: starts the Engines it can before the tests, says why not for the others, stops its own after).

Nothing here contacts anything outside the local daemon sockets and 127.0.0.1, but start-engine, which downloads
its package once from the Debian mirror of the apt sources.
"""
