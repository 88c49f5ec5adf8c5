"""Networks and volumes."""

from docker_engine import DockerClient
from docker_engine.models import IPAM, IPAMConfig, NetworkCreateRequest, VolumeCreateOptions


def networks_and_volumes(docker: DockerClient) -> None:
    created = docker.network.network_create(
        NetworkCreateRequest(name="typed-net", driver="bridge", ipam=IPAM(config=[IPAMConfig(subnet="10.9.0.0/24")]))
    )
    network_id = created.id or "typed-net"  # NetworkCreateResponse.Id is not required in the spec
    network = docker.network.network_inspect(network_id)
    print(network.name, network.containers)
    docker.network.network_delete(network_id)
    volume = docker.volume.volume_create(VolumeCreateOptions(name="typed-vol", labels={"a": "b"}))
    print(volume.name, volume.mountpoint, volume.labels.get("a"))
    listing = docker.volume.volume_list()
    for each in listing.volumes or []:
        print(each.name)
    docker.volume.volume_delete("typed-vol")
