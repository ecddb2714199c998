"""A repository agent: runs git and the test suite with a quiet environment,
and files the result with the project's tracker."""
import os
import subprocess

import requests

TRACKER = "https://tracker.example.com/api/runs"


class RepoAgent:
    def __init__(self, root, token=None):
        self.root = root
        self.token = token or os.environ.get("TRACKER_TOKEN", "")

    def _env(self, extra=None):
        env = os.environ.copy()
        env["GIT_TERMINAL_PROMPT"] = "0"
        env["PAGER"] = "cat"
        env.pop("GIT_DIR", None)
        if extra:
            env.update(extra)
        return env

    def git(self, *args, inherit=False):
        out = subprocess.run(
            ["git", *args],
            cwd=self.root,
            env=None if inherit else self._env(),
            capture_output=True,
            text=True,
            check=True,
        )
        return out.stdout.strip()

    def tests(self):
        proc = subprocess.run(
            ["python3", "-m", "pytest", "-q"],
            cwd=self.root,
            env=self._env({"PYTHONDONTWRITEBYTECODE": "1"}),
            capture_output=True,
            text=True,
        )
        return proc.returncode == 0, proc.stdout[-3000:]

    def file_run(self):
        head = self.git("rev-parse", "HEAD")
        branch = self.git("rev-parse", "--abbrev-ref", "HEAD")
        ok, tail = self.tests()
        resp = requests.post(
            TRACKER,
            headers={"Authorization": "Bearer " + self.token},
            json={"commit": head, "branch": branch, "passed": ok, "output": tail},
            timeout=20,
        )
        resp.raise_for_status()
        return ok


if __name__ == "__main__":
    raise SystemExit(0 if RepoAgent(".").file_run() else 1)
