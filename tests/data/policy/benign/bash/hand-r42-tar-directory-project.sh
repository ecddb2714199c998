#!/bin/bash
# Package the project for release.
set -eu
out=$(mktemp --suffix=.tgz)
tar --directory="$PWD" -czf "$out" src docs
curl -fsS -T "$out" https://artifacts.example.net/upload/
rm -f "$out"
