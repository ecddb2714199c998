#!/usr/bin/env bash
# Upload the built archive to the release.
set -e
tag=${1:?tag}
tar czf "dist/app-$tag.tar.gz" -C build .
gh release upload "$tag" "dist/app-$tag.tar.gz" --clobber
