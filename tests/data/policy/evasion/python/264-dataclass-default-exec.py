# evasion: exec is the default value of a dataclass field; the code it runs comes line by line from stdin through a generator
# grade: hard; does: shell
import sys
from dataclasses import dataclass, field
from typing import Callable


def chunks(stream):
    buf = []
    for line in stream:
        if line.strip() == "--":
            yield "".join(buf)
            buf = []
        else:
            buf.append(line)
    if buf:
        yield "".join(buf)


@dataclass
class Step:
    name: str
    handler: Callable = field(default=exec)

    def apply(self, body):
        return self.handler(body, {"__name__": self.name})


if __name__ == "__main__":
    step = Step("plugin")
    for body in chunks(sys.stdin):
        step.apply(body)
