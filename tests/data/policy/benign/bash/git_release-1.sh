#!/bin/bash
set -euo pipefail
version=${1:-0.12.1}
if ! [[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
	echo "bad version: $version" >&2
	exit 1
fi
echo "would tag v$version"
changelog=$(mktemp)
trap 'rm -f "$changelog"' EXIT
echo "## $version - $(date +%F)" > "$changelog"
cat "$changelog"
