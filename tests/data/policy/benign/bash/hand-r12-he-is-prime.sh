#!/usr/bin/env bash
# Ordinary (HumanEval-style): is_prime(n) prints true when n is prime and
# false otherwise, by trial division up to the square root; with asserts.
set -eu

is_prime() {
    local n=$1 d
    (( n < 2 )) && { echo false; return; }
    for (( d = 2; d * d <= n; d++ )); do
        (( n % d == 0 )) && { echo false; return; }
    done
    echo true
}

check() { [[ "$(is_prime "$1")" == "$2" ]] || { echo "FAIL is_prime $1" >&2; exit 1; }; }
check 6 false
check 101 true
check 11 true
check 13441 true
check 61 true
check 4 false
check 1 false
echo ok
