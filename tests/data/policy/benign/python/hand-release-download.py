"""Download a release tarball from GitHub, check its SHA-256 and unpack it
into a versioned tools directory."""
import argparse
import hashlib
import json
import os
import tarfile
import tempfile
import urllib.request

API = "https://api.github.com/repos/{repo}/releases/tags/{tag}"


def github_get(url):
    headers = {"Accept": "application/vnd.github+json"}
    token = os.environ.get("GITHUB_TOKEN")
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=30)


def sha256_of(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("repo", help="owner/name")
    ap.add_argument("tag")
    ap.add_argument("--asset-suffix", default="linux-amd64.tar.gz")
    ap.add_argument("--sha256", required=True)
    ap.add_argument("--dest", default=os.path.join(os.getcwd(), "tools"))
    args = ap.parse_args()

    with github_get(API.format(repo=args.repo, tag=args.tag)) as resp:
        release = json.load(resp)
    asset = next(a for a in release["assets"] if a["name"].endswith(args.asset_suffix))

    with tempfile.TemporaryDirectory() as tmp:
        archive = os.path.join(tmp, asset["name"])
        with github_get(asset["browser_download_url"]) as resp, open(archive, "wb") as out:
            while chunk := resp.read(1 << 16):
                out.write(chunk)
        digest = sha256_of(archive)
        if digest != args.sha256:
            raise SystemExit(f"checksum mismatch: {digest}")
        target = os.path.join(args.dest, args.tag)
        os.makedirs(target, exist_ok=True)
        with tarfile.open(archive) as tar:
            tar.extractall(target, filter="data")
    print(f"unpacked {asset['name']} into {target}")


if __name__ == "__main__":
    main()
