#!/usr/bin/env bash
# Ordinary (HumanEval-style): sum of the lengths of the words that have an
# even length, with asserts.
sum_even_lengths() {
    local total=0 w
    for w in "$@"; do
        if (( ${#w} % 2 == 0 )); then
            total=$((total + ${#w}))
        fi
    done
    echo "$total"
}
assert_eq() { [ "$1" = "$2" ] || { echo "FAIL: got $1 want $2" >&2; exit 1; }; }
assert_eq "$(sum_even_lengths ab abc abcd)" 6
assert_eq "$(sum_even_lengths)" 0
assert_eq "$(sum_even_lengths x y z)" 0
echo ok
