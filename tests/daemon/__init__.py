"""The recorded daemon: record real Engine traffic through a proxy, replay it from a unix socket.

Public API:

* ``tests.daemon.recorder.Recorder(cassette_path, *, upstream=None, name=None, meta=None, socket_path=None,
  query_versions=True)`` – ``with Recorder(path) as proxy_socket:`` proxies a unix socket to the daemon and
  writes the cassette on clean exit (``.meta`` goes into the header).
* ``tests.daemon.replay.ReplayDaemon(cassette_path, *, socket_path=None, query_matchers=None, match_body=True,
  strict=True, io_timeout=10.0, ordering="strict")`` – ``with ReplayDaemon(path) as socket_path:`` serves the
  cassette; ``.mismatches``, ``.unconsumed()``, ``.report()``, ``.assert_complete()``; raises ``ReplayError``
  (an ``AssertionError``) on clean exit when something mismatched or was left over.
  ``ANY`` / ``VOLATILE_TIME_QUERY`` relax volatile query values.
* ``tests.daemon.scenario.scenario(name)`` – decorator registering ``func(socket_path[, upstream]) -> dict | None``;
  ``record(scenario, root=…)``, ``select([...])``, ``CASSETTE_DIR``.
* ``tests.daemon.cassette`` – ``load(path) -> Cassette`` (``.header``, ``.exchanges``), ``write()``,
  ``gc_blobs()``.
* ``python -m tests.daemon record [--only NAME|GROUP]`` / ``list`` / ``serve CASSETTE``.

Format and workflow: README.md in this directory.
"""
