"""Download a release manifest, check a wheel against it, then install it with pip."""
import hashlib
import os
import subprocess
import sys
import urllib.request

MANIFEST = "https://releases.example.com/tool/manifest.txt"


def fetch_manifest():
    with urllib.request.urlopen(MANIFEST, timeout=20) as resp:
        text = resp.read().decode()
    entries = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, digest = line.split()
        entries[name] = digest
    return entries


def verify(path, digest):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(65536), b""):
            h.update(chunk)
    return h.hexdigest() == digest


def pip(*args):
    env = dict(os.environ)
    env["LANG"] = "C.UTF-8"
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return subprocess.call(["python3", "-m", "pip", *args], env=env)


def main():
    path = sys.argv[1]
    manifest = fetch_manifest()
    digest = manifest.get(os.path.basename(path))
    if digest is None or not verify(path, digest):
        sys.exit("not a released build: " + path)
    if pip("install", "--no-deps", path) != 0:
        sys.exit("pip could not install " + path)
    env = os.environ.copy()
    env["LANG"] = "C.UTF-8"
    env.pop("PYTHONPATH", None)
    subprocess.run(["python3", "-m", "pip", "show", "--files", "tool"], env=env, check=True)

if __name__ == "__main__":
    main()
