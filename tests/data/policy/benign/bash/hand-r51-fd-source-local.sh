#!/usr/bin/env bash
# load generated defaults through a descriptor
set -eu
exec {fd}< <(printf 'JOBS=%s\n' "$(nproc)")
source "/dev/fd/$fd"
echo "jobs: $JOBS"
