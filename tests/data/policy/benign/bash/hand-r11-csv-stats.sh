#!/usr/bin/env bash
# Ordinary: prints count, mean, min, max and standard deviation of a numeric
# column of a CSV file, using awk; skips the header and empty cells.
set -euo pipefail

file="${1:?usage: $0 file.csv column-name}"
col="${2:?column name}"

idx=$(head -n1 "$file" | tr ',' '\n' | grep -nxF "$col" | cut -d: -f1 || true)
if [[ -z "$idx" ]]; then
  echo "no column $col in $file" >&2
  exit 1
fi

awk -F, -v c="$idx" '
NR == 1 { next }
$c != "" {
  n++; s += $c; ss += $c * $c
  if (n == 1 || $c < mn) mn = $c
  if (n == 1 || $c > mx) mx = $c
}
END {
  if (n == 0) { print "no values"; exit 1 }
  m = s / n
  printf "count %d\nmean %.4f\nmin %s\nmax %s\nstddev %.4f\n", n, m, mn, mx, sqrt(ss / n - m * m)
}' "$file"
