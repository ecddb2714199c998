#!/bin/bash
# Mail the build report to the team.
set -eu
report="build/report.txt"
mail -s "build $(date +%F)" team@example.net < "$report"
