#!/usr/bin/env bash
# Ordinary: HumanEval-style solution. fibfib(n) = fibfib(n-1) + fibfib(n-2)
# + fibfib(n-3), memoised in an associative array, with asserts.
set -eu

declare -A memo=([0]=0 [1]=0 [2]=1)

fibfib() {
    local n=$1 i
    for ((i = 3; i <= n; i++)); do
        [[ -n ${memo[$i]:-} ]] && continue
        memo[$i]=$(( memo[$((i - 1))] + memo[$((i - 2))] + memo[$((i - 3))] ))
    done
    echo "${memo[$n]}"
}

assert_eq() { [[ $1 == "$2" ]] || { echo "assertion failed: $1 != $2" >&2; exit 1; }; }

assert_eq "$(fibfib 2)" 1
assert_eq "$(fibfib 1)" 0
assert_eq "$(fibfib 5)" 4
assert_eq "$(fibfib 8)" 24
assert_eq "$(fibfib 10)" 81
assert_eq "$(fibfib 12)" 274
echo "all tests passed"
