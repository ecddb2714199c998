#!/usr/bin/env bash
# HumanEval 100: a pile of n levels; the next level has the next odd/even number.
make_a_pile() {
	local n=$1
	mapfile -t levels < <(seq "$n" 2 $((n + 2 * (n - 1))))
	echo "${levels[*]}"
}

expect() {
	local got
	got=$(make_a_pile "$1")
	if [[ "$got" != "$2" ]]; then
		printf 'FAIL: make_a_pile %s -> [%s], want [%s]\n' "$1" "$got" "$2"
		exit 1
	fi
}

expect 3 "3 5 7"
expect 4 "4 6 8 10"
expect 5 "5 7 9 11 13"
expect 6 "6 8 10 12 14 16"
expect 8 "8 10 12 14 16 18 20 22"
echo "all passed"
