#!/usr/bin/env bash
# Ordinary: prints count, mean, min and max of one numeric column of a CSV
# file (header row skipped), using awk.
set -euo pipefail
file=${1:?usage: $0 file.csv column}
col=${2:?column name}
awk -F, -v name="$col" '
  NR == 1 { for (i = 1; i <= NF; i++) if ($i == name) c = i; if (!c) { print "no column " name > "/dev/stderr"; exit 2 } next }
  $c != "" { n++; s += $c; if (n == 1 || $c < lo) lo = $c; if (n == 1 || $c > hi) hi = $c }
  END { if (n) printf "count=%d mean=%.3f min=%s max=%s\n", n, s / n, lo, hi; else print "no rows" }
' "$file"
