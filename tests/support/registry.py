"""A throw-away Docker registry on 127.0.0.1 (Debian's ``docker-registry``, distribution v2.8).

>>> with LocalRegistry() as reg:
...     ref = f"{reg.address}/codegen-test/busybox:pushed"   # e.g. "127.0.0.1:40123/codegen-test/busybox:pushed"

* Starts ``/usr/bin/docker-registry serve CONFIG`` with a temporary storage directory, plain HTTP on
  ``127.0.0.1:<free port>``, deletes enabled; waits until ``GET /v2/`` answers (200, or 401 with auth).
* No auth, or ``LocalRegistry(credentials=("user", "password"))``: HTTP basic auth (htpasswd, bcrypt).
* ``.address`` is ``"127.0.0.1:PORT"``, ``.url`` is ``"http://127.0.0.1:PORT"``.
* On exit: SIGTERM (SIGKILL after 5 s), storage removed. The registry's log is kept in ``.log()`` for failures.
* Installs the package with ``apt-get install -y docker-registry`` when the binary is missing (root only).
* The daemon treats 127.0.0.0/8 as an insecure (plain-HTTP) registry by default (``docker info`` →
  ``Insecure Registries: 127.0.0.0/8``), so push/pull need no daemon configuration.
"""

from __future__ import annotations

import http.client
import os
import shutil
import socket
import subprocess
import tempfile
import time

from ._apt import apt_install

REGISTRY_BINARY = "/usr/bin/docker-registry"

_CONFIG = """\
version: 0.1
log:
  level: warn
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: {root}
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: 127.0.0.1:{port}
  secret: codegen-test-not-a-secret
"""

_AUTH = """\
auth:
  htpasswd:
    realm: codegen-test
    path: {htpasswd}
"""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LocalRegistry:
    def __init__(self, *, startup_timeout: float = 20.0, credentials: tuple[str, str] | None = None) -> None:
        self.startup_timeout = startup_timeout
        self.credentials = credentials
        self.port: int | None = None
        self._tmp: str | None = None
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> str:
        if self.port is None:
            raise RuntimeError("LocalRegistry is not running")
        return f"127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return f"http://{self.address}"

    def log(self) -> str:
        if self._tmp is None:
            return ""
        try:
            with open(os.path.join(self._tmp, "registry.log"), errors="replace") as f:
                return f.read()
        except OSError:
            return ""

    def _ping(self) -> bool:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=1)
        try:
            conn.request("GET", "/v2/")
            return conn.getresponse().status == (401 if self.credentials else 200)
        except OSError:
            return False
        finally:
            conn.close()

    def start(self) -> "LocalRegistry":
        apt_install("docker-registry", present=lambda: os.path.exists(REGISTRY_BINARY), what=REGISTRY_BINARY)
        self._tmp = tempfile.mkdtemp(prefix="codegen-registry-")
        for attempt in range(3):  # the free port can be taken between probe and bind
            self.port = _free_port()
            config = os.path.join(self._tmp, "config.yml")
            with open(config, "w") as f:
                f.write(_CONFIG.format(root=os.path.join(self._tmp, "data"), port=self.port))
                if self.credentials:
                    f.write(_AUTH.format(htpasswd=self._write_htpasswd()))
            logf = open(os.path.join(self._tmp, "registry.log"), "ab")
            env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": self._tmp}
            self._proc = subprocess.Popen(
                [REGISTRY_BINARY, "serve", config], stdout=logf, stderr=subprocess.STDOUT, env=env
            )
            logf.close()
            deadline = time.monotonic() + self.startup_timeout
            while time.monotonic() < deadline and self._proc.poll() is None:
                if self._ping():
                    return self
                time.sleep(0.05)
            self._terminate()
        log = self.log()
        self.stop()
        raise RuntimeError(f"docker-registry did not come up on 127.0.0.1; log:\n{log[-3000:]}")

    def _write_htpasswd(self) -> str:
        import bcrypt  # only a registry with credentials needs it

        assert self._tmp is not None and self.credentials is not None
        user, password = self.credentials
        path = os.path.join(self._tmp, "htpasswd")
        with open(path, "wb") as f:
            f.write(user.encode() + b":" + bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=4)) + b"\n")
        return path

    def _terminate(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    def stop(self) -> None:
        self._terminate()
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None
        self.port = None

    def __enter__(self) -> "LocalRegistry":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
