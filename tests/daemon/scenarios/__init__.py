"""Registered recording scenarios; every module here is imported by ``tests.daemon.scenario.load_scenarios()``.

``cli.py`` is the docker-CLI self-test set (cassettes under ``cassettes/cli/``). Add client scenarios as new
modules using ``@scenario("name")`` from ``tests.daemon.scenario``.
"""
