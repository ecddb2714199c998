"""Show the debugger aliases defined in the user's pdb start-up file."""
from pathlib import Path


def aliases(rc):
    if not rc.exists():
        return []
    return [line.split(None, 2)[1:] for line in rc.read_text().splitlines() if line.startswith("alias ")]


if __name__ == "__main__":
    for name, body in aliases(Path.home() / ".pdbrc"):
        print(f"{name:8} {body}")
