#!/usr/bin/env bash
# Build and test the module.
set -eu
go build ./...
go test ./...
bin="$(go env GOPATH)/bin"
echo "tools in $bin"
