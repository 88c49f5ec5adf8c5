"""auth.py: header encodings, config.json loading, credential helpers, secrecy."""

from __future__ import annotations

import base64
import json
import logging
import os
import stat
import sys
from pathlib import Path

import pytest

from docker_engine._runtime.auth import (
    DOCKER_HUB_AUTH_KEY,
    AuthConfig,
    DockerConfig,
    DockerConfigError,
    encode_registry_auth,
    encode_registry_config,
    normalize_registry,
    registry_for_image,
    resolve_auth_header,
    resolve_build_config,
)

SECRET = "s3cr3t?>~pa55"  # base64 of this holds "+" and "/" (standard alphabet)
TOKEN = "tok-ID-9f8e7d"
HELPER_SECRET = "helper-pa55w0rd!"
HELPER_TOKEN = "helper-identity-token"


def decode(value: str) -> object:
    assert "+" not in value and "/" not in value and len(value) % 4 == 0
    return json.loads(base64.urlsafe_b64decode(value))


# -- encodings -------------------------------------------------------------------------


def test_encode_registry_auth_is_padded_base64url_of_set_fields() -> None:
    cfg = AuthConfig(username="bob", password=SECRET, serveraddress="ghcr.io")
    value = encode_registry_auth(cfg)
    raw = json.dumps(
        {"username": "bob", "password": SECRET, "serveraddress": "ghcr.io"},
        separators=(",", ":"),
    ).encode()
    assert (
        "+" in base64.b64encode(raw).decode() or "/" in base64.b64encode(raw).decode()
    )
    assert value == base64.urlsafe_b64encode(raw).decode()
    assert decode(value) == {
        "username": "bob",
        "password": SECRET,
        "serveraddress": "ghcr.io",
    }
    assert encode_registry_auth(AuthConfig()) == "e30="
    assert decode(encode_registry_auth(AuthConfig(identitytoken=TOKEN))) == {
        "identitytoken": TOKEN
    }


def test_encode_from_mapping() -> None:
    value = encode_registry_auth(
        {"Username": "u", "Password": SECRET, "ServerAddress": "x.io", "email": None}
    )
    assert decode(value) == {
        "username": "u",
        "password": SECRET,
        "serveraddress": "x.io",
    }
    basic = base64.b64encode(f"u:{SECRET}".encode()).decode()
    assert decode(encode_registry_auth({"auth": basic})) == {
        "username": "u",
        "password": SECRET,
    }
    with pytest.raises(ValueError, match="bogus") as info:
        encode_registry_auth({"bogus": SECRET})
    assert SECRET not in str(info.value)
    with pytest.raises(TypeError) as terr:
        encode_registry_auth({"password": 12345})
    assert "12345" not in str(terr.value)
    with pytest.raises(ValueError) as berr:
        encode_registry_auth({"auth": "!!" + SECRET})
    assert SECRET not in str(berr.value)


def test_encode_registry_config() -> None:
    value = encode_registry_config(
        {
            DOCKER_HUB_AUTH_KEY: AuthConfig(username="a", password=SECRET),
            "ghcr.io": {"identitytoken": TOKEN},
        }
    )
    assert decode(value) == {
        DOCKER_HUB_AUTH_KEY: {"username": "a", "password": SECRET},
        "ghcr.io": {"identitytoken": TOKEN},
    }
    assert encode_registry_config({}) == "e30="


def test_auth_config_repr_masks_secrets() -> None:
    cfg = AuthConfig(
        username="bob",
        password=SECRET,
        identitytoken=TOKEN,
        registrytoken=TOKEN + "r",
        serveraddress="ghcr.io",
    )
    for text in (repr(cfg), str(cfg), f"{cfg}", f"{cfg!r}", repr([cfg])):
        assert SECRET not in text and TOKEN not in text
        assert "***" in text and "bob" in text
    assert repr(AuthConfig()) == "AuthConfig()"
    assert cfg.has_credentials and not AuthConfig(username="x").has_credentials


# -- registry resolution ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("image", "key"),
    [
        ("busybox", DOCKER_HUB_AUTH_KEY),
        ("busybox:1.36", DOCKER_HUB_AUTH_KEY),
        ("library/busybox", DOCKER_HUB_AUTH_KEY),
        ("user/repo:tag", DOCKER_HUB_AUTH_KEY),
        ("docker.io/library/busybox", DOCKER_HUB_AUTH_KEY),
        ("index.docker.io/user/repo", DOCKER_HUB_AUTH_KEY),
        ("busybox@sha256:" + "a" * 64, DOCKER_HUB_AUTH_KEY),
        ("localhost:5000", DOCKER_HUB_AUTH_KEY),  # repo "localhost", tag "5000"
        ("localhost:5000/x/y:tag", "localhost:5000"),
        ("localhost/x", "localhost"),
        ("ghcr.io/a/b@sha256:" + "b" * 64, "ghcr.io"),
        ("ghcr.io/a/b:1.0@sha256:" + "b" * 64, "ghcr.io"),
        ("myregistry:5000/x", "myregistry:5000"),
        ("registry.example.com/team/app", "registry.example.com"),
        ("[::1]:5000/img", "[::1]:5000"),
        ("Uppercase/img", "Uppercase"),
    ],
)
def test_registry_for_image(image: str, key: str) -> None:
    assert registry_for_image(image) == key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("https://index.docker.io/v1/", DOCKER_HUB_AUTH_KEY),
        ("index.docker.io", DOCKER_HUB_AUTH_KEY),
        ("docker.io", DOCKER_HUB_AUTH_KEY),
        ("https://ghcr.io", "ghcr.io"),
        ("ghcr.io/v2/", "ghcr.io"),
        ("http://localhost:5000/v1/", "localhost:5000"),
        ("HTTPS://quay.io/v2", "quay.io"),
    ],
)
def test_normalize_registry(name: str, key: str) -> None:
    assert normalize_registry(name) == key


# -- config.json -----------------------------------------------------------------------


def basic(user: str, password: str) -> str:
    return base64.b64encode(f"{user}:{password}".encode()).decode()


def write_config(directory: Path, data: object, name: str = "config.json") -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data)
    return path


def test_load_from_docker_config_env(tmp_path: Path) -> None:
    write_config(
        tmp_path / "cfg",
        {
            "auths": {
                "https://index.docker.io/v1/": {"auth": basic("hubuser", SECRET)},
                "https://ghcr.io": {"auth": basic("gh", SECRET)},
                "localhost:5000/v2/": {"username": "lu", "password": SECRET},
                "quay.io": {"identitytoken": TOKEN},
                "empty.io": {},
            },
            "HttpHeaders": {"User-Agent": "custom/1.0"},
        },
    )
    cfg = DockerConfig.load(environ={"DOCKER_CONFIG": str(tmp_path / "cfg")})
    assert cfg.path == str(tmp_path / "cfg" / "config.json")
    assert cfg.http_headers == {"User-Agent": "custom/1.0"}
    hub = cfg.get_auth("docker.io")
    assert hub == AuthConfig(
        username="hubuser", password=SECRET, serveraddress=DOCKER_HUB_AUTH_KEY
    )
    assert cfg.get_auth("ghcr.io") == AuthConfig(
        username="gh", password=SECRET, serveraddress="ghcr.io"
    )
    assert cfg.get_auth("https://ghcr.io/v2/") == cfg.get_auth("ghcr.io")
    assert cfg.get_auth("localhost:5000") is not None
    assert cfg.get_auth("quay.io") == AuthConfig(
        serveraddress="quay.io", identitytoken=TOKEN
    )
    assert cfg.get_auth("empty.io") is None
    assert cfg.get_auth("unknown.io") is None
    assert decode(resolve_auth_header("busybox", None, cfg) or "") == {
        "username": "hubuser",
        "password": SECRET,
        "serveraddress": DOCKER_HUB_AUTH_KEY,
    }
    assert resolve_auth_header("unknown.io/x", None, cfg) is None
    for text in (repr(cfg), str(cfg)):
        assert SECRET not in text and TOKEN not in text


def test_hub_key_variants(tmp_path: Path) -> None:
    for key in ("index.docker.io", "docker.io", "https://index.docker.io/v1"):
        path = write_config(
            tmp_path / key.replace("/", "_"),
            {"auths": {key: {"auth": basic("u", "p")}}},
        )
        cfg = DockerConfig.load(path)
        assert cfg.get_auth(registry_for_image("alpine")) is not None, key


def test_home_and_legacy_files(tmp_path: Path) -> None:
    home = tmp_path / "home"
    write_config(home / ".docker", {"auths": {"a.io": {"auth": basic("u", "p")}}})
    write_config(home, {"b.io": {"auth": basic("u", "p")}}, ".dockercfg")
    cfg = DockerConfig.load(environ={"HOME": str(home)})
    assert cfg.get_auth("a.io") is not None and cfg.get_auth("b.io") is None
    (home / ".docker" / "config.json").unlink()
    legacy = DockerConfig.load(environ={"HOME": str(home)})
    assert legacy.path == str(home / ".dockercfg")
    assert legacy.get_auth("b.io") == AuthConfig(
        username="u", password="p", serveraddress="b.io"
    )
    (home / ".dockercfg").write_text(f"auth = {basic('old', SECRET)}\nemail = o@x.io\n")
    old = DockerConfig.load(environ={"HOME": str(home)})
    assert old.get_auth("docker.io") == AuthConfig(
        username="old",
        password=SECRET,
        email="o@x.io",
        serveraddress=DOCKER_HUB_AUTH_KEY,
    )


def test_missing_files_mean_no_credentials(tmp_path: Path) -> None:
    cfg = DockerConfig.load(environ={"DOCKER_CONFIG": str(tmp_path / "none")})
    assert cfg.path is None and cfg.get_auth("docker.io") is None
    assert DockerConfig.load(environ={"HOME": str(tmp_path)}).registries == []
    assert resolve_auth_header("alpine", None, cfg) is None
    assert resolve_auth_header("alpine", None, None) is None
    assert resolve_build_config(["alpine"], cfg) == "e30="


@pytest.mark.parametrize(
    "text",
    [
        '{"auths": {"x.io": {"auth": "' + SECRET + '"}',  # truncated JSON
        "[1, 2]",
        '{"auths": ["' + SECRET + '"]}',
        '{"credHelpers": {"x.io": 5}}',
        '{"HttpHeaders": "' + SECRET + '"}',
    ],
)
def test_malformed_config_is_a_clear_value_error(tmp_path: Path, text: str) -> None:
    path = write_config(tmp_path, text)
    with pytest.raises(DockerConfigError) as info:
        DockerConfig.load(path)
    assert isinstance(info.value, ValueError)
    assert str(path) in str(info.value)
    assert SECRET not in str(info.value)


def test_malformed_auth_entry_fails_only_when_needed(tmp_path: Path) -> None:
    path = write_config(
        tmp_path,
        {
            "auths": {
                "bad.io": {"auth": "%%" + SECRET},
                "ok.io": {"auth": basic("u", "p")},
            }
        },
    )
    cfg = DockerConfig.load(path)
    assert cfg.get_auth("ok.io") is not None
    assert resolve_auth_header("other.io/x", None, cfg) is None
    with pytest.raises(DockerConfigError) as info:
        cfg.get_auth("bad.io")
    assert "bad.io" in str(info.value) and str(path) in str(info.value)
    assert SECRET not in str(info.value)


# -- credential helpers ----------------------------------------------------------------

HELPER = """\
#!{python}
import json, os, sys
server = sys.stdin.read()
with open(os.environ["HELPER_LOG"], "a") as log:
    log.write(json.dumps([os.path.basename(sys.argv[0]), sys.argv[1:], server]) + "\\n")
store = {store}
if sys.argv[1:] != ["get"]:
    sys.exit(3)
if server == "broken.io":
    sys.stderr.write("fatal: cannot talk to keychain, secret was {secret}\\n")
    sys.exit(2)
if server == "garbage.io":
    print("not json {secret}")
    sys.exit(0)
if server not in store:
    print("credentials not found in native keychain")
    sys.exit(1)
print(json.dumps(store[server]))
"""


@pytest.fixture
def helpers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "helper.log"
    log.write_text("")
    stores = {
        "desktop": {
            DOCKER_HUB_AUTH_KEY: {"Username": "hub", "Secret": HELPER_SECRET},
            "ghcr.io": {"Username": "<token>", "Secret": HELPER_TOKEN},
        },
        "ecr-login": {"123.dkr.ecr.io": {"Username": "AWS", "Secret": HELPER_SECRET}},
    }
    for name, store in stores.items():
        script = bin_dir / f"docker-credential-{name}"
        script.write_text(
            HELPER.format(
                python=sys.executable, store=repr(store), secret=HELPER_SECRET
            )
        )
        script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.setenv("HELPER_LOG", str(log))
    return log


def calls(log: Path) -> list[list[object]]:
    return [json.loads(line) for line in log.read_text().splitlines()]


def helper_config(tmp_path: Path, **extra: object) -> DockerConfig:
    data: dict[str, object] = {
        "auths": {
            DOCKER_HUB_AUTH_KEY: {},
            "ghcr.io": {},
            "file-only.io": {"auth": basic("fileuser", SECRET)},
        },
        "credsStore": "desktop",
        "credHelpers": {"123.dkr.ecr.io": "ecr-login", "gone.io": "not-installed"},
    }
    data.update(extra)
    return DockerConfig.load(write_config(tmp_path / "cfg", data))


def test_creds_store_and_helpers(tmp_path: Path, helpers: Path) -> None:
    cfg = helper_config(tmp_path)
    assert cfg.get_auth("docker.io") == AuthConfig(
        username="hub", password=HELPER_SECRET, serveraddress=DOCKER_HUB_AUTH_KEY
    )
    assert cfg.get_auth("ghcr.io") == AuthConfig(
        serveraddress="ghcr.io", identitytoken=HELPER_TOKEN
    )
    assert cfg.get_auth("123.dkr.ecr.io") == AuthConfig(
        username="AWS", password=HELPER_SECRET, serveraddress="123.dkr.ecr.io"
    )
    # the store has nothing for file-only.io: fall back to the file's entry
    assert cfg.get_auth("file-only.io") == AuthConfig(
        username="fileuser", password=SECRET, serveraddress="file-only.io"
    )
    assert cfg.get_auth("nowhere.io") is None
    assert [c[:2] for c in calls(helpers)] == [
        ["docker-credential-desktop", ["get"]],
        ["docker-credential-desktop", ["get"]],
        ["docker-credential-ecr-login", ["get"]],
        ["docker-credential-desktop", ["get"]],
        ["docker-credential-desktop", ["get"]],
    ]
    # cached: asking again runs nothing
    cfg.get_auth("docker.io")
    cfg.get_auth("https://index.docker.io/v1/")
    assert len(calls(helpers)) == 5


def test_build_config_is_lazy(tmp_path: Path, helpers: Path) -> None:
    cfg = helper_config(tmp_path)
    value = resolve_build_config(
        ["alpine:3.19", "docker.io/library/golang", "ghcr.io/a/b:1", "ghcr.io/c/d"], cfg
    )
    assert decode(value) == {
        DOCKER_HUB_AUTH_KEY: {
            "username": "hub",
            "password": HELPER_SECRET,
            "serveraddress": DOCKER_HUB_AUTH_KEY,
        },
        "ghcr.io": {"serveraddress": "ghcr.io", "identitytoken": HELPER_TOKEN},
    }
    log = calls(helpers)
    assert sorted(str(c[2]) for c in log) == sorted([DOCKER_HUB_AUTH_KEY, "ghcr.io"])
    assert all(c[1] == ["get"] for c in log)  # never "list"
    assert resolve_build_config(None, cfg) == "e30="
    assert resolve_build_config([], cfg) == "e30="
    assert len(calls(helpers)) == 2


def test_build_config_explicit_wins(tmp_path: Path, helpers: Path) -> None:
    cfg = helper_config(tmp_path)
    value = resolve_build_config(
        ["alpine", "quay.io/x"],
        cfg,
        explicit={"https://index.docker.io/v1/": {"username": "me", "password": "pw"}},
    )
    assert decode(value) == {DOCKER_HUB_AUTH_KEY: {"username": "me", "password": "pw"}}
    assert [c[2] for c in calls(helpers)] == ["quay.io"]


def test_missing_or_failing_helpers_never_raise(
    tmp_path: Path, helpers: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    cfg = helper_config(tmp_path, credHelpers={"gone.io": "not-installed"})
    assert cfg.get_auth("gone.io") is None
    assert cfg.get_auth("broken.io") is None
    assert cfg.get_auth("garbage.io") is None
    bad_name = helper_config(tmp_path, credsStore="../../bin/sh")
    assert bad_name.get_auth("x.io") is None
    assert resolve_build_config(["gone.io/x", "broken.io/y", "garbage.io/z"], cfg) == (
        "e30="
    )
    assert resolve_auth_header("gone.io/x", None, cfg) is None
    # a store whose program is missing: no credentials, and builds still resolve
    nostore = DockerConfig.load(
        write_config(tmp_path / "ns", {"auths": {"x.io": {}}, "credsStore": "absent"})
    )
    assert resolve_build_config(["x.io/a", "alpine"], nostore) == "e30="
    assert HELPER_SECRET not in caplog.text and SECRET not in caplog.text


def test_explicit_auth_wins(tmp_path: Path, helpers: Path) -> None:
    cfg = helper_config(tmp_path)
    assert resolve_auth_header("alpine", "already-encoded", cfg) == "already-encoded"
    assert decode(
        resolve_auth_header("alpine", AuthConfig(username="x", password="y"), cfg) or ""
    ) == {"username": "x", "password": "y"}
    assert decode(
        resolve_auth_header("alpine", {"identitytoken": "t"}, None) or ""
    ) == {"identitytoken": "t"}
    assert calls(helpers) == []


def test_no_secret_in_logs_reprs_or_errors(
    tmp_path: Path, helpers: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Exercise every path with secrets around and scan everything observable."""
    caplog.set_level(logging.DEBUG)
    observed: list[str] = []
    cfg = helper_config(tmp_path)
    for registry in (
        "docker.io",
        "ghcr.io",
        "123.dkr.ecr.io",
        "file-only.io",
        "broken.io",
        "garbage.io",
        "gone.io",
        "none.io",
    ):
        found = cfg.get_auth(registry)
        observed += [repr(found), str(found), f"{found}"]
    observed += [repr(cfg), str(cfg), repr(cfg.registries), repr(cfg.cred_helpers)]
    resolve_build_config(["alpine", "ghcr.io/x", "broken.io/y"], cfg)
    errors: list[BaseException] = []
    for bad in (
        '{"auths": {"x": {"auth": "' + SECRET + '"}}',
        '{"auths": {"x": {"auth": "' + SECRET + '"}}}',
        '{"auths": {"x": {"password": ["' + SECRET + '"]}}}',
    ):
        path = write_config(tmp_path / "bad", bad)
        try:
            DockerConfig.load(path).get_auth("x")
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)
    for call in (
        lambda: encode_registry_auth({"password": SECRET, "nope": SECRET}),
        lambda: encode_registry_auth({"auth": SECRET}),
        lambda: AuthConfig.from_mapping({"identitytoken": [TOKEN]}),
    ):
        try:
            call()
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)
    assert len(errors) == 6
    observed += [str(e) for e in errors] + [repr(e) for e in errors]
    observed += [r.getMessage() for r in caplog.records] + [caplog.text]
    blob = "\n".join(observed)
    for secret in (SECRET, TOKEN, HELPER_SECRET, HELPER_TOKEN):
        assert secret not in blob
        assert base64.b64encode(secret.encode()).decode()[:12] not in blob
    assert "***" in blob


def test_helper_timeout_and_os_errors_are_tolerated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess

    from docker_engine._runtime import auth

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "docker-credential-slow"
    script.write_text("#!/bin/sh\nexit 0\n")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))

    def boom(*args: object, **kwargs: object) -> None:
        raise subprocess.TimeoutExpired(cmd="x", timeout=1)

    monkeypatch.setattr(auth.subprocess, "run", boom)
    cfg = DockerConfig({"credsStore": "slow"})
    assert cfg.get_auth("x.io") is None
