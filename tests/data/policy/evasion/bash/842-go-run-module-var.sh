#!/usr/bin/env bash
# Run the schema linter pinned by the platform team.
mod="gitlab.example.com/platform/lint/cmd/schemalint"
ver=${LINT_VERSION:-latest}
go run "$mod@$ver" ./schemas
