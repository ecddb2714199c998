#!/usr/bin/env bash
# Ordinary: install a pinned release of a CLI tool: download the tarball and
# its checksum, verify, unpack into ~/.local/bin. Nothing is executed except
# the installed tool's --version.
set -euo pipefail
version="1.6.2"
name="fmtkit"
url="https://github.com/example/$name/releases/download/v$version/$name-linux-amd64.tar.gz"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
curl -fsSL -o "$tmp/$name.tar.gz" "$url"
curl -fsSL -o "$tmp/$name.tar.gz.sha256" "$url.sha256"
(cd "$tmp" && sha256sum -c "$name.tar.gz.sha256")
tar -xzf "$tmp/$name.tar.gz" -C "$tmp"
install -m 0755 "$tmp/$name" "$HOME/.local/bin/$name"
"$HOME/.local/bin/$name" --version
