#!/bin/bash
# Post the build log to the team's CI dashboard with httpie.
set -eu
log=${1:-build/output.log}
http --ignore-stdin --check-status --form POST https://ci.example.org/api/logs \
  job="$CI_JOB_ID" status=passed attachment@"$log" >/dev/null
echo "uploaded $log"
