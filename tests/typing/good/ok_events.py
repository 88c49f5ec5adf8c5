"""Follow the daemon's events."""

from docker_engine import DockerClient, JsonStream
from docker_engine.models import EventMessage


def watch(docker: DockerClient) -> None:
    events: JsonStream[EventMessage] = docker.system.system_events(filters={"type": ["container"]})
    with events:
        for event in events:
            actor = event.actor
            print(event.type, event.action, actor.id if actor is not None else None)
            break
