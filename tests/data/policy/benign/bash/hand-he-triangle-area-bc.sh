#!/usr/bin/env bash
# HumanEval-style: triangle_area(a, b, c) - Heron's area rounded to two
# decimals, or -1 if the sides do not form a triangle; uses bc -l; asserts.
triangle_area() {
  local a=$1 b=$2 c=$3
  if (( a + b <= c || a + c <= b || b + c <= a )); then echo -1; return; fi
  printf '%.2f\n' "$(bc -l <<<"s=($a+$b+$c)/2; sqrt(s*(s-$a)*(s-$b)*(s-$c))")"
}
assert_eq() { [ "$1" = "$2" ] || { echo "FAIL: got $1 want $2" >&2; exit 1; }; }
assert_eq "$(triangle_area 3 4 5)" 6.00
assert_eq "$(triangle_area 1 2 10)" -1
assert_eq "$(triangle_area 4 8 5)" 8.18
assert_eq "$(triangle_area 2 2 2)" 1.73
echo ok
