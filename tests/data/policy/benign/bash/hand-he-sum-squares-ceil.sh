#!/usr/bin/env bash
# HumanEval-style: sum_squares(lst) - rounds each number up (ceiling), then
# sums the squares; decimals are handled with awk; asserts at the end.
sum_squares() {
  printf '%s\n' "$@" | awk '{ c = int($1); if (c < $1) c++; s += c * c } END { print s + 0 }'
}
assert_eq() { [ "$1" = "$2" ] || { echo "FAIL: got $1 want $2" >&2; exit 1; }; }
assert_eq "$(sum_squares 1 2 3)" 14
assert_eq "$(sum_squares 1.4 4.2 0)" 29
assert_eq "$(sum_squares -2.4 1 1)" 6
assert_eq "$(sum_squares 100 1 15 2)" 10230
echo ok
