#!/usr/bin/env bash
# Regenerate the API stubs with the in-repo generator.
set -euo pipefail
export GOFLAGS=-mod=mod
go run ./cmd/gen --out internal/api
