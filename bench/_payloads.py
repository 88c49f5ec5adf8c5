"""Deterministic, realistic Engine API 1.41 response bodies for the fake daemon.

* ``image_inspect()``: ``GET /images/{name}/json`` of a large application image
  (~20 KB: 40 layers, long Env and Labels in Config and ContainerConfig, tags,
  digests, GraphDriver), shaped like Engine 20.10's answer.
* ``image_list(n)``: ``GET /images/json`` with ``n`` images (~390 bytes each).
"""

from __future__ import annotations

import hashlib
import json


def _sha(seed: str) -> str:
    return "sha256:" + hashlib.sha256(seed.encode()).hexdigest()


def _config(seed: str, env: int, labels: int) -> dict[str, object]:
    return {
        "Hostname": "",
        "Domainname": "",
        "User": "app",
        "AttachStdin": False,
        "AttachStdout": False,
        "AttachStderr": False,
        "ExposedPorts": {"8080/tcp": {}, "8443/tcp": {}},
        "Tty": False,
        "OpenStdin": False,
        "StdinOnce": False,
        "Env": [
            f"APP_SETTING_{i:02d}=value-{seed}-{i:04d}-/opt/app/lib/{i}"
            for i in range(env)
        ]
        + ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
        "Cmd": ["/opt/app/bin/server", "--config", "/etc/app/config.yaml"],
        "Healthcheck": {
            "Test": ["CMD", "curl", "-f", "http://localhost:8080/health"],
            "Interval": 30000000000,
        },
        "Image": _sha(seed + "parent"),
        "Volumes": {"/var/lib/app": {}},
        "WorkingDir": "/opt/app",
        "Entrypoint": ["/usr/bin/tini", "--"],
        "OnBuild": None,
        "Labels": {
            f"org.opencontainers.image.custom.{i:02d}": f"label value number {i} for {seed}"
            for i in range(labels)
        },
        "StopSignal": "SIGTERM",
    }


def image_inspect() -> bytes:
    doc = {
        "Id": _sha("inspect"),
        "RepoTags": [
            f"registry.example.com/team/app:{v}"
            for v in ("latest", "1.2.3", "1.2", "1")
        ],
        "RepoDigests": [f"registry.example.com/team/app@{_sha('digest')}"],
        "Parent": "",
        "Comment": "buildkit.dockerfile.v0",
        "Created": "2024-03-01T12:34:56.789012345Z",
        "Container": _sha("container")[7:],
        "ContainerConfig": _config("cc", 52, 60),
        "DockerVersion": "20.10.24+dfsg1",
        "Author": "Example Team <team@example.com>",
        "Config": _config("c", 52, 60),
        "Architecture": "amd64",
        "Os": "linux",
        "Size": 734003200,
        "VirtualSize": 734003200,
        "GraphDriver": {
            "Data": {
                "LowerDir": ":".join(
                    f"/var/lib/docker/overlay2/{_sha(str(i))[7:]}/diff"
                    for i in range(12)
                ),
                "MergedDir": f"/var/lib/docker/overlay2/{_sha('m')[7:]}/merged",
                "UpperDir": f"/var/lib/docker/overlay2/{_sha('m')[7:]}/diff",
                "WorkDir": f"/var/lib/docker/overlay2/{_sha('m')[7:]}/work",
            },
            "Name": "overlay2",
        },
        "RootFS": {"Type": "layers", "Layers": [_sha(f"layer{i}") for i in range(40)]},
        "Metadata": {"LastTagTime": "2024-03-02T08:00:00.123456789Z"},
    }
    return json.dumps(doc, separators=(",", ":")).encode()


def image_list(n: int = 1000) -> bytes:
    images = []
    for i in range(n):
        images.append(
            {
                "Containers": -1,
                "Created": 1700000000 + i * 3600,
                "Id": _sha(f"image{i}"),
                "Labels": (
                    {
                        "org.opencontainers.image.source": f"https://example.com/repo{i % 17}"
                    }
                    if i % 3
                    else None
                ),
                "ParentId": "" if i % 4 else _sha(f"parent{i}"),
                "RepoDigests": [f"registry.example.com/team/app{i}@{_sha(f'd{i}')}"],
                "RepoTags": [f"registry.example.com/team/app{i}:latest"],
                "SharedSize": -1,
                "Size": 5_000_000 + i * 1234,
                "VirtualSize": 5_000_000 + i * 1234,
            }
        )
    return json.dumps(images, separators=(",", ":")).encode()


if __name__ == "__main__":
    print(len(image_inspect()), len(image_list()))
