"""Build a release tarball of a project directory, skipping build artefacts,
and write its SHA-256 next to it."""
import argparse
import fnmatch
import hashlib
import os
import pathlib
import shutil
import tarfile
import tempfile

EXCLUDE = ["__pycache__", "*.pyc", ".git", "build", "dist", "*.egg-info", ".venv"]


def excluded(name):
    return any(fnmatch.fnmatch(name, pattern) for pattern in EXCLUDE)


def filter_member(info):
    parts = pathlib.PurePosixPath(info.name).parts
    if any(excluded(p) for p in parts):
        return None
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def build(project, version, out_dir):
    name = f"{pathlib.Path(project).resolve().name}-{version}"
    staging = tempfile.mkdtemp(prefix="release-")
    try:
        tmp_archive = os.path.join(staging, name + ".tar.gz")
        with tarfile.open(tmp_archive, "w:gz") as tar:
            tar.add(project, arcname=name, filter=filter_member)
        os.makedirs(out_dir, exist_ok=True)
        final = os.path.join(out_dir, name + ".tar.gz")
        shutil.move(tmp_archive, final)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    digest = sha256(final)
    with open(final + ".sha256", "w", encoding="ascii") as fh:
        fh.write(f"{digest}  {os.path.basename(final)}\n")
    return final, digest


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("project", nargs="?", default=".")
    parser.add_argument("--version", required=True)
    parser.add_argument("--out", default="dist")
    args = parser.parse_args()
    final, digest = build(args.project, args.version, args.out)
    print(f"{final}\n{digest}")


if __name__ == "__main__":
    main()
