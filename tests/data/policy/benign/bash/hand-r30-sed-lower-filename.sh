#!/bin/bash
# Lower-cases each report name before copying it to the archive.
for f in reports/*.CSV; do
  base=$(basename "$f" .CSV | sed 's/.*/\L&/')
  cp -- "$f" "archive/${base}.csv"
done
