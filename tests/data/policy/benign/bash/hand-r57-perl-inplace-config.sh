#!/usr/bin/env bash
# Bump the version in the project file.
set -eu
perl -i -pe 's/^version = .*/version = "1.4.0"/' pyproject.toml
