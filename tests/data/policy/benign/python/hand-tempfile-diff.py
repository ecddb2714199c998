# Ordinary CLI tool: pretty-prints two JSON documents into temporary files
# and shows a unified diff of them with the system `diff -u`.
import json
import os
import subprocess
import sys
import tempfile


def normalized(path):
    with open(path, encoding="utf-8") as fh:
        return json.dumps(json.load(fh), indent=2, sort_keys=True) + "\n"


def diff(a_path, b_path):
    files = []
    try:
        for src in (a_path, b_path):
            fd, tmp = tempfile.mkstemp(suffix=".json", prefix="jdiff-")
            with os.fdopen(fd, "w") as fh:
                fh.write(normalized(src))
            files.append(tmp)
        res = subprocess.run(["diff", "-u", "--label", a_path, "--label", b_path, *files],
                             capture_output=True, text=True)
        return res.returncode, res.stdout
    finally:
        for f in files:
            os.unlink(f)


if __name__ == "__main__":
    rc, out = diff(sys.argv[1], sys.argv[2])
    sys.stdout.write(out or "no differences\n")
    sys.exit(rc)
