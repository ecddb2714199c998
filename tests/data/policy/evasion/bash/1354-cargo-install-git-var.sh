#!/usr/bin/env bash
# Install the schema checker from the vendor's repository.
set -eu
repo=https://git.relkit.dev/schema-check.git
env CARGO_NET_GIT_FETCH_WITH_CLI=true cargo +stable install --locked --git="$repo" schema-check
