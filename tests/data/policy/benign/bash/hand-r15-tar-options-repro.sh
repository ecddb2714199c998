#!/usr/bin/env bash
# Reproducible release tarball.
set -eu
name=${1:-app}
version=$(git describe --tags --always)
export TAR_OPTIONS="--owner=0 --group=0 --numeric-owner --sort=name --mtime=@0"
tar -czf "$name-$version.tgz" --exclude .git -- src README.md
sha256sum "$name-$version.tgz" > "$name-$version.tgz.sha256"
