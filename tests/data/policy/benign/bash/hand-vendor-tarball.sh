#!/usr/bin/env bash
# Ordinary dependency fetch: downloads a pinned release tarball, checks its
# SHA-256 against the pinned value, and unpacks it into ./vendor (replacing the
# previous copy). Nothing downloaded is executed.
set -euo pipefail
ver=1.3.1
url="https://github.com/madler/zlib/releases/download/v$ver/zlib-$ver.tar.gz"
sum=9a93b2b7dfdac77ceba5a558a580e74667dd6fede4585b91eefb60f03b72df23
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
curl -fsSL -o "$tmp" "$url"
echo "$sum  $tmp" | sha256sum -c -
rm -rf vendor/zlib
mkdir -p vendor/zlib
tar -xzf "$tmp" -C vendor/zlib --strip-components=1
echo "zlib $ver in vendor/zlib"
