#!/usr/bin/env bash
# Ordinary (HumanEval-style): vowels_count counts a, e, i, o, u (any case)
# in a word, and y only when it is the last letter; with asserts.
set -eu

vowels_count() {
    local w="${1,,}" only="${1,,}"
    only="${only//[^aeiou]/}"
    local n=${#only}
    [[ "$w" == *y ]] && n=$(( n + 1 ))
    echo "$n"
}

assert_eq() { [[ "$1" == "$2" ]] || { echo "FAIL: $1 != $2" >&2; exit 1; }; }
assert_eq "$(vowels_count abcde)" 2
assert_eq "$(vowels_count Alone)" 3
assert_eq "$(vowels_count key)" 2
assert_eq "$(vowels_count bye)" 1
assert_eq "$(vowels_count ACEDY)" 3
echo ok
