#!/usr/bin/env bash
# Ordinary: HumanEval-style solution. count_up_to(n): the primes below n, with
# a sieve of Eratosthenes in an indexed array; asserts.
set -eu

count_up_to() {
    local n=$1 i j out=()
    local -a composite=()
    for ((i = 2; i < n; i++)); do
        [[ -n ${composite[i]:-} ]] && continue
        out+=("$i")
        for ((j = i * i; j < n; j += i)); do composite[j]=1; done
    done
    echo "${out[*]}"
}

assert_eq() { [[ $1 == "$2" ]] || { echo "assertion failed: '$1' != '$2'" >&2; exit 1; }; }

assert_eq "$(count_up_to 5)" "2 3"
assert_eq "$(count_up_to 11)" "2 3 5 7"
assert_eq "$(count_up_to 0)" ""
assert_eq "$(count_up_to 1)" ""
assert_eq "$(count_up_to 22)" "2 3 5 7 11 13 17 19"
assert_eq "$(count_up_to 18)" "2 3 5 7 11 13 17"
echo "all tests passed"
