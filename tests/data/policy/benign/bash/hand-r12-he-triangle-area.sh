#!/usr/bin/env bash
# Ordinary (HumanEval-style): triangle_area(a, b, c) prints the area rounded
# to two decimals when the sides make a valid triangle, else -1; uses awk
# for the floating point (Heron's formula); with asserts.
set -eu

triangle_area() {
    awk -v a="$1" -v b="$2" -v c="$3" 'BEGIN {
        if (a + b <= c || a + c <= b || b + c <= a) { print -1; exit }
        s = (a + b + c) / 2
        printf "%.2f\n", sqrt(s * (s - a) * (s - b) * (s - c))
    }'
}

assert_eq() { [[ "$1" == "$2" ]] || { echo "FAIL: $1 != $2" >&2; exit 1; }; }
assert_eq "$(triangle_area 3 4 5)" 6.00
assert_eq "$(triangle_area 1 2 10)" -1
assert_eq "$(triangle_area 4 8 5)" 8.18
assert_eq "$(triangle_area 2 2 2)" 1.73
assert_eq "$(triangle_area 1 2 3)" -1
echo ok
