#!/usr/bin/env bash
# HumanEval-style: count_upper(s) - number of uppercase vowels at even
# indices; with asserts.
count_upper() {
  local s=$1 i c n=0
  for ((i = 0; i < ${#s}; i += 2)); do
    c=${s:i:1}
    case "$c" in [AEIOU]) n=$((n + 1)) ;; esac
  done
  echo "$n"
}
assert_eq() { [ "$1" = "$2" ] || { echo "FAIL: got $1 want $2" >&2; exit 1; }; }
assert_eq "$(count_upper aBCdEf)" 1
assert_eq "$(count_upper abcdefg)" 0
assert_eq "$(count_upper dBBE)" 0
assert_eq "$(count_upper U)" 1
assert_eq "$(count_upper EEEE)" 2
echo ok
