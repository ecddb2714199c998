# Ordinary dev helper: starts the project's docker compose stack, waits for the
# database health check, runs migrations in the app container and tails the logs.
import json
import shutil
import subprocess
import sys
import time

COMPOSE = ["docker", "compose", "-f", "docker-compose.dev.yml"]


def compose(*args, capture=False):
    return subprocess.run(COMPOSE + list(args), check=True, text=True,
                          capture_output=capture)


def health(service):
    out = compose("ps", "--format", "json", service, capture=True).stdout.strip()
    if not out:
        return None
    info = json.loads(out.splitlines()[0])
    return info.get("Health") or info.get("State")


def wait_healthy(service, timeout=90):
    deadline = time.time() + timeout
    while time.time() < deadline:
        state = health(service)
        print(f"{service}: {state}")
        if state in ("healthy", "running"):
            return True
        time.sleep(3)
    return False


def main():
    if not shutil.which("docker"):
        sys.exit("docker is not installed")
    compose("up", "-d", "--build")
    if not wait_healthy("db"):
        compose("logs", "db")
        sys.exit("database did not become healthy")
    compose("exec", "-T", "app", "python", "manage.py", "migrate", "--noinput")
    try:
        compose("logs", "-f", "app")
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
