#!/usr/bin/env bash
# Ordinary (HumanEval-style): digitSum(s) returns the sum of the ASCII codes
# of the upper-case characters of a string; checked with asserts.
set -eu

digit_sum() {
    local s="$1" total=0 i ch
    for (( i = 0; i < ${#s}; i++ )); do
        ch="${s:i:1}"
        if [[ "$ch" == [A-Z] ]]; then
            total=$(( total + $(printf '%d' "'$ch") ))
        fi
    done
    echo "$total"
}

assert_eq() { [[ "$1" == "$2" ]] || { echo "FAIL: got $1 want $2" >&2; exit 1; }; }
assert_eq "$(digit_sum "")" 0
assert_eq "$(digit_sum "abAB")" 131
assert_eq "$(digit_sum "abcCd")" 67
assert_eq "$(digit_sum "helloE")" 69
assert_eq "$(digit_sum "woArBld")" 131
echo ok
