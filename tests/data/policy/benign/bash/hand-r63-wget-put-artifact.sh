#!/usr/bin/env bash
# Upload the release tarball to the artifact store.
set -eu
version=$(cat VERSION)
tarball="dist/app-$version.tar.gz"
STORE=https://artifacts.example.org/app
[ -f "$tarball" ] || { echo "build first" >&2; exit 1; }
sha256sum "$tarball" > "$tarball.sha256"
for f in "$tarball" "$tarball.sha256"; do
  wget -q -O /dev/null --method=PUT --body-file="$f" "$STORE/$(basename "$f")"
done
echo "uploaded $version"
