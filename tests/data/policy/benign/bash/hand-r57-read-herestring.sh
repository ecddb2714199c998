#!/usr/bin/env bash
# Split a version string into its parts.
set -eu
version="3.12.1"
IFS=. read -r major minor patch <<< "$version"
echo "major=$major minor=$minor patch=$patch"
