"""Build a front-end with npm in CI mode and upload the bundle size to a metrics service."""
import argparse
import json
import os
import pathlib
import subprocess

import requests

METRICS = "https://metrics.example.com/api/bundle"


def npm(args, project):
    env = {**os.environ, "CI": "true", "NODE_ENV": "production", "npm_config_audit": "false"}
    env.pop("NODE_OPTIONS", None)
    proc = subprocess.Popen(["npm", *args], cwd=project, env=env, stdout=subprocess.PIPE, text=True)
    for line in proc.stdout:
        print("  npm:", line.rstrip())
    return proc.wait()


def bundle_sizes(dist):
    sizes = {}
    for path in pathlib.Path(dist).rglob("*.js"):
        sizes[str(path.relative_to(dist))] = path.stat().st_size
    return sizes


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("project")
    parser.add_argument("--commit", default="unknown")
    parser.add_argument("--upload", action="store_true")
    args = parser.parse_args()

    if npm(["ci"], args.project) != 0:
        raise SystemExit("npm ci failed")
    if npm(["run", "build"], args.project) != 0:
        raise SystemExit("build failed")

    sizes = bundle_sizes(os.path.join(args.project, "dist"))
    total = sum(sizes.values())
    print(json.dumps({"total": total, "files": len(sizes)}, indent=2))
    if args.upload:
        r = requests.post(METRICS, json={"commit": args.commit, "total": total, "files": sizes}, timeout=15)
        print("upload:", r.status_code)


if __name__ == "__main__":
    main()
