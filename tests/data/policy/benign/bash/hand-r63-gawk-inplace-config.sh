#!/usr/bin/env bash
# Bump the version in the project's config files in place.
set -eu
new=${1:?usage: $0 NEW_VERSION}
for f in setup.cfg pyproject.toml; do
  [ -f "$f" ] || continue
  gawk -i inplace -v v="$new" '/^version *=/ { $0 = "version = \"" v "\"" } { print }' "$f"
done
gawk -i inplace -v line="# generated" '{ print } ENDFILE { print line }' build/notes.txt
grep -H '^version' setup.cfg pyproject.toml 2>/dev/null || true
