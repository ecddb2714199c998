#!/usr/bin/env bash
# Show which registries have stored logins (names only).
set -eu
docker-credential-secretservice list | jq -r 'keys[]'
