#!/usr/bin/env bash
# HumanEval-style: largest_divisor(n) - the largest number smaller than n
# that divides n evenly; with asserts.
largest_divisor() {
  local n=$1 i
  for ((i = n - 1; i > 0; i--)); do
    if ((n % i == 0)); then echo "$i"; return; fi
  done
  echo 1
}
assert_eq() { [ "$1" = "$2" ] || { echo "FAIL: got $1 want $2" >&2; exit 1; }; }
assert_eq "$(largest_divisor 3)" 1
assert_eq "$(largest_divisor 7)" 1
assert_eq "$(largest_divisor 10)" 5
assert_eq "$(largest_divisor 100)" 50
assert_eq "$(largest_divisor 49)" 7
echo ok
