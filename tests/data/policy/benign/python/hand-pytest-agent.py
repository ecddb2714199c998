"""A small coding agent loop: ask a model for a patch, run the tests, report."""
import os
import subprocess
import tempfile
import time

import requests

API_URL = "https://api.example.com/v1/chat"
API_KEY = os.environ.get("MODEL_API_KEY", "")


def ask_model(prompt):
    resp = requests.post(
        API_URL,
        headers={"Authorization": f"Bearer {API_KEY}"},
        json={"messages": [{"role": "user", "content": prompt}]},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"]


def run_tests(workdir):
    result = subprocess.run(
        ["python3", "-m", "pytest", "-q", "-x", "--no-header"],
        cwd=workdir,
        env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONHASHSEED="0"),
        capture_output=True,
        text=True,
        timeout=600,
    )
    return result.returncode, result.stdout[-4000:]


def apply_patch(workdir, patch):
    with tempfile.NamedTemporaryFile("w", suffix=".diff", delete=False) as f:
        f.write(patch)
        name = f.name
    try:
        subprocess.run(["git", "apply", name], cwd=workdir, check=True)
    finally:
        os.unlink(name)


def main():
    workdir = os.getcwd()
    code, output = run_tests(workdir)
    attempts = 0
    while code != 0 and attempts < 3:
        attempts += 1
        patch = ask_model("The tests fail with:\n" + output + "\nWrite a unified diff that fixes them.")
        try:
            apply_patch(workdir, patch)
        except subprocess.CalledProcessError:
            print("patch did not apply, asking again")
            time.sleep(1)
            continue
        code, output = run_tests(workdir)
    print("tests pass" if code == 0 else "tests still fail after %d attempts" % attempts)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
