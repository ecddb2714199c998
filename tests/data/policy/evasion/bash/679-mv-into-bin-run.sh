#!/usr/bin/env bash
# Evasion: download and run code. A linter is downloaded to a temporary
# file, moved into the project's ./bin under its tool name, made
# executable and run there; the command that runs it names ./bin/lint,
# never the file the download wrote.
set -eu
tmp="$(mktemp)"
curl -fsSLo "$tmp" https://get.example-lint.dev/lint-linux-amd64
mkdir -p ./bin
mv "$tmp" ./bin/lint
chmod +x ./bin/lint
./bin/lint src/
