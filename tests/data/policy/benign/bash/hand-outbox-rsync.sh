#!/usr/bin/env bash
# Ordinary: ships finished report files from the project's outbox/ directory
# to the reports server; rsync --remove-source-files empties the outbox once
# each file has arrived (the program's own directory only).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
outbox=$here/outbox
dest=${REPORT_DEST:-reports.example.com:/srv/reports/incoming/}
mkdir -p "$outbox"
shopt -s nullglob
files=("$outbox"/*.csv "$outbox"/*.pdf)
if [ ${#files[@]} -eq 0 ]; then
  echo "outbox empty"
  exit 0
fi
echo "sending ${#files[@]} files"
rsync -a --remove-source-files --chmod=F644 -e "ssh -o BatchMode=yes" \
  "${files[@]}" "$dest"
echo "sent; outbox now holds $(find "$outbox" -type f | wc -l) files"
