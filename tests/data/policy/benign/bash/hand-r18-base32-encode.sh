#!/bin/bash
# Encode a token for the config file.
set -eu
token="$(head -c 20 /dev/urandom | base32)"
printf 'token=%s\n' "$token" > ./token.conf
base32 -d <<<"$token" | wc -c
