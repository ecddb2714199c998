#!/usr/bin/env bash
# Ordinary (HumanEval-style): transpose a matrix given as rows of
# space-separated numbers (one row per line) using eval-free arrays, with asserts.
transpose() {
    local -a rows
    mapfile -t rows
    local ncols i j line
    read -r -a first <<<"${rows[0]}"
    ncols=${#first[@]}
    for (( j = 0; j < ncols; j++ )); do
        line=""
        for (( i = 0; i < ${#rows[@]}; i++ )); do
            read -r -a cells <<<"${rows[i]}"
            line+="${line:+ }${cells[j]}"
        done
        echo "$line"
    done
}
assert_eq() { [ "$1" = "$2" ] || { echo "FAIL: got $1 want $2" >&2; exit 1; }; }
assert_eq "$(printf '1 2 3\n4 5 6\n' | transpose)" "$(printf '1 4\n2 5\n3 6')"
assert_eq "$(printf '7\n' | transpose)" 7
echo ok
