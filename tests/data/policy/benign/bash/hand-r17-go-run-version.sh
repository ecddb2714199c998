#!/usr/bin/env bash
# Print the tool's version from the workspace module.
go run -mod=mod ./tools/version@ 2>/dev/null || go run ./tools/version
