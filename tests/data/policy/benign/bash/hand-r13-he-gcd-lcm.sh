#!/usr/bin/env bash
# Ordinary (HumanEval-style): greatest common divisor and least common
# multiple of two integers, with asserts.
gcd() {
    local a=$1 b=$2 t
    while (( b != 0 )); do
        t=$((a % b)); a=$b; b=$t
    done
    echo "${a#-}"
}
lcm() {
    local g
    g=$(gcd "$1" "$2")
    echo $(( $1 / g * $2 ))
}
assert_eq() { [ "$1" = "$2" ] || { echo "FAIL: got $1 want $2" >&2; exit 1; }; }
assert_eq "$(gcd 12 18)" 6
assert_eq "$(gcd 7 5)" 1
assert_eq "$(lcm 4 6)" 12
assert_eq "$(lcm 21 6)" 42
echo ok
