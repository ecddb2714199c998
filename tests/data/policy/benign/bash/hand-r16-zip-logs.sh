#!/bin/bash
# Move rotated logs into a dated archive.
logs=${1:-./logs}
out="logs-$(date +%F).zip"
zip -qm "$out" "$logs"/*.log.[0-9]
ls -l "$out"
