"""The ImageApi scenarios: all 15 operations, their successes and their main error paths."""

from __future__ import annotations

import json

import pytest

from docker_engine import BadRequest, Conflict, DockerClient, DockerError, NotFound, StreamError, UnsupportedByApiVersion
from docker_engine.models import ContainerCreateBody

from . import LABEL, Env, client_scenario, tar_members, tar_of


@client_scenario("build")
def build(docker: DockerClient, env: Env) -> None:
    """Classic build: two tags, buildargs (one declared but unset), labels; a failing RUN;
    a Dockerfile the daemon cannot parse; BuildKit (version=2) with a plain tar context."""
    context = tar_of(
        {
            "Dockerfile": f"FROM {env.busybox}\nARG GREETING\nARG UNSET\nRUN echo $GREETING > /greeting\nLABEL stage=test\n",
            "ignored.txt": "context file\n",
        }
    )
    one, two = env.name("built:1"), env.name("built:2")
    stream = docker.image.image_build(
        input_stream=context, t=[one, two], buildargs={"GREETING": "hello", "UNSET": None}, labels={"built-by": "scenario"}, nocache=True
    )
    outcome = stream.wait()
    assert outcome.image_id is not None and outcome.image_id.startswith("sha256:")
    inspected = docker.image.image_inspect(one)
    assert inspected.id == outcome.image_id
    assert sorted(inspected.repo_tags or []) == sorted([one, two])
    labels = inspected.config.labels or {}  # type: ignore[union-attr]
    assert labels["built-by"] == "scenario" and labels["stage"] == "test"

    failing = tar_of({"Dockerfile": f"FROM {env.busybox}\nRUN exit 3\n"})
    with pytest.raises(StreamError) as failed:
        docker.image.image_build(input_stream=failing, t=env.name("failing:1"), forcerm=True).wait()
    assert "returned a non-zero code: 3" in failed.value.message

    broken = tar_of({"Dockerfile": "FROM\n"})
    with pytest.raises(DockerError) as unparsable:
        docker.image.image_build(input_stream=broken).wait()
    assert "FROM requires" in unparsable.value.message or "FROM" in unparsable.value.message

    buildkit = docker.image.image_build(input_stream=context, t=env.name("buildkit:1"), version="2")
    try:
        kit = buildkit.wait()
    except DockerError as error:  # Engines whose BuildKit needs a session reject a plain tar
        assert "session" in error.message.lower() or "buildkit" in error.message.lower()
    else:
        assert kit.image_id is not None


@client_scenario("registry", needs_registry=True)
def registry(docker: DockerClient, env: Env) -> None:
    """Tag for the local registry, push (progress and digest), remove, pull back, pull a
    missing repository (404), push an image that does not exist (error inside the stream),
    push with an invalid tag and with an empty X-Registry-Auth (the 4xx of each Engine)."""
    remote = f"{env.registry}/{env.name('pushed')}"
    docker.image.image_tag(env.busybox, repo=remote, tag="v1")
    pushed = docker.image.image_push(remote, tag="v1").wait()
    assert pushed.digest is not None and pushed.digest.startswith("sha256:")

    deleted = docker.image.image_delete(f"{remote}:v1")
    assert any(item.untagged == f"{remote}:v1" for item in deleted)

    pulled = docker.image.image_create(from_image=remote, tag="v1").wait()
    assert pulled.digest == pushed.digest
    assert docker.image.image_inspect(f"{remote}:v1").id == env.busybox_id

    with pytest.raises(NotFound):
        docker.image.image_create(from_image=f"{env.registry}/{env.name('never-pushed')}", tag="v1").wait()

    with pytest.raises(StreamError) as missing:
        docker.image.image_push(f"{env.registry}/{env.name('not-local')}", tag="v1").wait()
    assert "does not exist locally" in missing.value.message

    # no Engine answers 404 for a push (a missing image is an error inside the 200 stream); the 4xx
    # each really returns: an invalid tag (400 from API 1.42 on), an empty X-Registry-Auth (400 before 28.5)
    with pytest.raises(DockerError) as bad_tag:
        docker.image.image_push(remote, tag="Bad Tag").wait()
    assert "invalid tag format" in bad_tag.value.message
    assert bad_tag.value.status == {"20.10": 500, "26.1": 400, "28.5": 400}[env.engine]
    with pytest.raises(DockerError) as no_auth:
        docker.image.image_push(f"{env.registry}/{env.name('not-local')}", tag="v1", x_registry_auth="").wait()
    if env.engine == "28.5":  # takes an empty header as no credentials
        assert isinstance(no_auth.value, StreamError) and "does not exist locally" in no_auth.value.message
    else:
        assert isinstance(no_auth.value, BadRequest) and "missing X-Registry-Auth" in no_auth.value.message


@client_scenario("import_commit_history")
def import_commit_history(docker: DockerClient, env: Env) -> None:
    """Import a root filesystem with repeated `changes`, commit a container with changes (and a
    missing one: 404), read the history and inspect (and both of a missing image: 404)."""
    rootfs = tar_of({"hello.txt": "imported\n"})
    imported = docker.image.image_create(
        from_src="-", repo=env.name("imported"), tag="1", changes=["ENV IMPORTED=yes", "WORKDIR /data"], input_image=rootfs
    ).wait()
    assert imported.image_id is not None
    config = docker.image.image_inspect(env.name("imported:1")).config
    assert config is not None and "IMPORTED=yes" in (config.env or []) and config.working_dir == "/data"

    created = docker.container.container_create(
        ContainerCreateBody(image=env.busybox, cmd=["true"], labels={LABEL: env.scenario})
    )
    committed = docker.image.image_commit(
        container=created.id, repo=env.name("committed"), tag="1", comment="by the scenario", changes=["ENV COMMITTED=1", "LABEL k=v"]
    )
    assert committed.id is not None
    image = docker.image.image_inspect(env.name("committed:1"))
    assert image.id == committed.id and image.comment == "by the scenario"
    assert image.config is not None
    assert "COMMITTED=1" in (image.config.env or []) and (image.config.labels or {}).get("k") == "v"
    docker.container.container_delete(created.id)

    with pytest.raises(NotFound) as no_container:
        docker.image.image_commit(container=env.object_name("missing"), repo=env.name("never-committed"), tag="1")
    assert "No such container" in no_container.value.message

    history = docker.image.image_history(env.name("committed:1"))
    assert history[0].id == committed.id and history[0].comment == "by the scenario"
    assert history[-1].id == env.busybox_id
    assert all(item.created is not None and item.size is not None and item.size >= 0 for item in history)

    with pytest.raises(NotFound) as missing:
        docker.image.image_inspect(env.name("missing:1"))
    assert "No such image" in missing.value.message
    with pytest.raises(NotFound) as no_history:
        docker.image.image_history(env.name("missing:1"))
    assert "No such image" in no_history.value.message


@client_scenario("export_load")
def export_load(docker: DockerClient, env: Env) -> None:
    """Export by name and by id, export several images, load the export back, load garbage
    (an error inside the 200 stream)."""
    docker.image.image_tag(env.busybox, repo=env.name("exported"), tag="1")
    by_name = docker.image.image_get(env.name("exported:1")).read()
    manifest = json.loads(tar_members(by_name)["manifest.json"])
    assert manifest[0]["RepoTags"] == [env.name("exported:1")]

    by_id = docker.image.image_get(env.busybox_id).read()
    assert json.loads(tar_members(by_id)["manifest.json"])[0].get("RepoTags") in (None, [])

    both = docker.image.image_get_all(names=[env.name("exported:1"), env.busybox]).read()
    tags = sorted(t for entry in json.loads(tar_members(both)["manifest.json"]) for t in entry["RepoTags"] or [])
    assert tags == sorted([env.name("exported:1"), env.busybox])

    docker.image.image_delete(env.name("exported:1"))
    loaded = docker.image.image_load(images_tarball=by_name).wait()
    assert env.name("exported:1") in loaded.loaded
    assert docker.image.image_inspect(env.name("exported:1")).id == env.busybox_id

    with pytest.raises(StreamError):
        docker.image.image_load(images_tarball=b"this is not a tar archive" * 40).wait()


@client_scenario("list_delete_prune")
def list_delete_prune(docker: DockerClient, env: Env) -> None:
    """List with filters (and an invalid filter: 400), delete (404, 409 while a container uses
    the image, then forced), prune images and the build cache."""
    docker.image.image_tag(env.busybox, repo=env.name("listed"), tag="1")
    listed = docker.image.image_list(filters={"reference": [env.name("listed")]})
    assert [image.id for image in listed] == [env.busybox_id]
    assert listed[0].repo_tags == [env.name("listed:1")]
    assert listed[0].containers == -1  # not computed unless asked: the daemon's sentinel
    shared_size_known = tuple(map(int, str(docker.api_version).split("."))) >= (1, 42)
    if not shared_size_known:  # the daemon would ignore shared-size: refused before sending
        with pytest.raises(UnsupportedByApiVersion, match="parameter 'shared_size' needs Engine API 1.42"):
            docker.image.image_list(all=True, shared_size=True)
    everything = docker.image.image_list(all=True, shared_size=shared_size_known or None)
    assert env.busybox_id in {image.id for image in everything}

    with pytest.raises(BadRequest) as invalid:
        docker.image.image_list(filters={"no-such-filter": ["x"]})
    assert "invalid filter" in invalid.value.message.lower()

    with pytest.raises(NotFound):
        docker.image.image_delete(env.name("never-existed:1"))

    docker.image.image_tag(env.busybox, repo=env.name("in-use"), tag="1")
    user = docker.container.container_create(ContainerCreateBody(image=env.name("in-use:1"), cmd=["true"], labels={LABEL: env.scenario}))
    docker.image.image_delete(env.name("listed:1"))  # another tag of the same image: untagged only
    with pytest.raises(Conflict) as conflict:
        docker.image.image_delete(env.busybox_id)
    assert "conflict" in conflict.value.message
    docker.container.container_delete(user.id)
    docker.image.image_delete(env.name("in-use:1"))

    pruned = docker.image.image_prune(filters={"dangling": True, "label": [f"{LABEL}=none-such"]})
    assert (pruned.images_deleted or []) == []
    assert pruned.space_reclaimed == 0
    cache = docker.image.build_prune(filters={"until": "24h"})
    assert cache.space_reclaimed is not None and cache.space_reclaimed >= 0


@client_scenario("search_tag")
def search_tag(docker: DockerClient, env: Env) -> None:
    """Tag (201, empty body), tag a missing image (404), an invalid repository name;
    search, which this offline daemon cannot reach."""
    docker.image.image_tag(env.busybox, repo=env.name("tagged"), tag="v1")
    assert env.name("tagged:v1") in (docker.image.image_inspect(env.busybox).repo_tags or [])
    with pytest.raises(NotFound):
        docker.image.image_tag(env.name("missing:1"), repo=env.name("never"), tag="v1")
    with pytest.raises(DockerError) as invalid:
        docker.image.image_tag(env.busybox, repo="Invalid Repo Name", tag="v1")
    assert "invalid reference format" in invalid.value.message
    assert invalid.value.status == {"20.10": 500, "26.1": 400, "28.5": 400}[env.engine]  # the spec says 400
    try:
        results = docker.image.image_search("busybox", limit=1)
    except DockerError as error:  # no route to the registry here: the daemon says why
        assert error.status is not None and error.status >= 400 and error.message
    else:
        assert all(item.name for item in results)


@client_scenario("search", needs_search_index=True)
def search(docker: DockerClient, env: Env) -> None:
    """Search a v1 index on 127.0.0.1 (tests/support/search_index.py): the daemon's answer, the
    daemon's own filters (is-official, stars) and limit, and an unknown filter (400)."""
    word = "busybox"
    found = docker.image.image_search(f"{env.search_index}/{word}")
    assert sorted((item.name, item.star_count, item.is_official) for item in found) == [
        ("codegen-test/busybox", 3, False),
        ("codegen-test/busybox-official", 12, True),
    ]
    assert all(item.description for item in found)
    official = docker.image.image_search(f"{env.search_index}/{word}", filters={"is-official": ["true"]})
    assert [item.name for item in official] == ["codegen-test/busybox-official"]
    starred = docker.image.image_search(f"{env.search_index}/{word}", filters={"stars": ["5"]})
    assert [item.name for item in starred] == ["codegen-test/busybox-official"]
    assert len(docker.image.image_search(f"{env.search_index}/{word}", limit=1)) == 1
    assert docker.image.image_search(f"{env.search_index}/no-such-word") == []
    with pytest.raises(BadRequest):
        docker.image.image_search(f"{env.search_index}/{word}", filters={"rec-no-such-filter": ["x"]})
