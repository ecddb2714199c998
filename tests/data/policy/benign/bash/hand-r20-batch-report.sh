#!/bin/bash
# Queue the nightly report with batch so it runs when the load is low
set -eu
job="$HOME/jobs/daily-report.job"
printf '%s\n' "$HOME/bin/make-report --since yesterday > $HOME/reports/daily.txt" > "$job"
batch -f "$job"
echo "report queued"
