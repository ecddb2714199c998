#!/usr/bin/env bash
# Ordinary: HumanEval-style solution. int_to_mini_roman: a positive integer
# (1..1000) as a lowercase Roman numeral, with asserts.
set -eu

int_to_mini_roman() {
    local n=$1 out="" i
    local -a vals=(1000 900 500 400 100 90 50 40 10 9 5 4 1)
    local -a syms=(m cm d cd c xc l xl x ix v iv i)
    for i in "${!vals[@]}"; do
        while ((n >= vals[i])); do
            out+=${syms[i]}
            n=$((n - vals[i]))
        done
    done
    echo "$out"
}

assert_eq() { [[ $1 == "$2" ]] || { echo "assertion failed: '$1' != '$2'" >&2; exit 1; }; }

assert_eq "$(int_to_mini_roman 19)" xix
assert_eq "$(int_to_mini_roman 152)" clii
assert_eq "$(int_to_mini_roman 426)" cdxxvi
assert_eq "$(int_to_mini_roman 994)" cmxciv
assert_eq "$(int_to_mini_roman 1000)" m
assert_eq "$(int_to_mini_roman 1)" i
echo "all tests passed"
