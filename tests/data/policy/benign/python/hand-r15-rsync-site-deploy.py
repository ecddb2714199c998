"""Publish the built site into the local web root (one-way sync)."""
import os
import subprocess


def publish(build, webroot):
    cmd = ["rsync", "-a", "--delete", build.rstrip("/") + "/", webroot]
    subprocess.run(cmd, check=True)


if __name__ == "__main__":
    build = os.path.join(os.getcwd(), "_site")
    webroot = os.environ.get("WEBROOT", os.path.join(os.getcwd(), "public"))
    publish(build, webroot)
    print("published", webroot)
