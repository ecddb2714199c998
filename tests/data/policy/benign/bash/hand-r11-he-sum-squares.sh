#!/usr/bin/env bash
# Ordinary (HumanEval-style): sum of squares of the ceiling of each number
# in a list, with asserts.
sum_squares() {
  local total=0 x c
  for x in "$@"; do
    c=$(awk -v v="$x" 'BEGIN { i = int(v); if (v > i) i++; print i }')
    total=$(( total + c * c ))
  done
  echo "$total"
}

assert_eq() { [[ "$1" == "$2" ]] || { echo "FAIL: got $1 want $2" >&2; exit 1; }; }
assert_eq "$(sum_squares 1 2 3)" 14
assert_eq "$(sum_squares 1.4 4.2 0)" 29
assert_eq "$(sum_squares -2.4 1 1)" 6
assert_eq "$(sum_squares)" 0
echo ok
