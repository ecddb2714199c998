#!/usr/bin/env bash
# Ordinary (HumanEval-style): rolling_max prints, for a list of integers, the
# running maximum up to each position; checked with asserts.
set -eu

rolling_max() {
    local out=() max="" x
    for x in "$@"; do
        if [[ -z "$max" ]] || (( x > max )); then
            max=$x
        fi
        out+=("$max")
    done
    echo "${out[*]}"
}

assert_eq() { [[ "$1" == "$2" ]] || { echo "FAIL: '$1' != '$2'" >&2; exit 1; }; }
assert_eq "$(rolling_max)" ""
assert_eq "$(rolling_max 1 2 3 4)" "1 2 3 4"
assert_eq "$(rolling_max 4 3 2 1)" "4 4 4 4"
assert_eq "$(rolling_max 3 2 3 100 3)" "3 3 3 100 100"
echo ok
