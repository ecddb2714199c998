#!/usr/bin/env bash
# Install a pinned release of a CLI tool into ~/.local/bin, verifying its checksum.
set -euo pipefail

version="${TOOL_VERSION:-1.8.2}"
os=$(uname -s | tr '[:upper:]' '[:lower:]')
arch=$(uname -m)
case "$arch" in
x86_64) arch=amd64 ;;
aarch64) arch=arm64 ;;
*)
	echo "unsupported arch $arch" >&2
	exit 1
	;;
esac

base="https://github.com/example/tool/releases/download/v${version}"
asset="tool_${version}_${os}_${arch}.tar.gz"
dest="${HOME}/.local/bin"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fetch() { curl -fsSL --retry 3 -o "$2" "$1"; }

echo "downloading $asset"
fetch "$base/$asset" "$tmp/$asset"
fetch "$base/checksums.txt" "$tmp/checksums.txt"

(cd "$tmp" && grep " ${asset}\$" checksums.txt | sha256sum -c -) || {
	echo "checksum verification failed" >&2
	exit 1
}

tar -xzf "$tmp/$asset" -C "$tmp" tool
mkdir -p "$dest"
install -m 0755 "$tmp/tool" "$dest/tool"
echo "installed $("$dest/tool" --version) to $dest"
case ":$PATH:" in
*":$dest:"*) ;;
*) echo "note: add $dest to your PATH" ;;
esac
