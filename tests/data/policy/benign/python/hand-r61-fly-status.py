#!/usr/bin/env python3
"""Show the machines of a fly.io app."""
import json
import subprocess
import sys


def machines(app):
    out = subprocess.run(["flyctl", "machines", "list", "--app", app, "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main():
    app = sys.argv[1] if len(sys.argv) > 1 else "my-app"
    for m in machines(app):
        print(f"{m.get('id')}  {m.get('state')}  {m.get('region')}")


if __name__ == "__main__":
    main()
