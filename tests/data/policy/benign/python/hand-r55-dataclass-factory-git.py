# Runs git status through a small command object whose list is a dataclass default.
import subprocess
from dataclasses import dataclass, field


@dataclass
class Cmd:
    argv: list = field(default_factory=lambda: ["git", "status"])

    def run(self):
        return subprocess.run(self.argv, check=False)


Cmd().run()
