#!/usr/bin/env bash
# HumanEval 88: sort ascending if first+last is odd, else descending.
# The result is written into the caller's array through a nameref.
sort_array() {
	local -n _out="$1"
	shift
	_out=()
	(($# == 0)) && return 0
	local first="$1" last="${!#}"
	local order=-n
	(((first + last) % 2 == 0)) && order=-rn
	mapfile -t _out < <(printf '%s\n' "$@" | sort $order)
}

assert_eq() {
	if [[ "$1" != "$2" ]]; then
		echo "FAIL: $3: got '$1' want '$2'"
		exit 1
	fi
}

declare -a r
sort_array r
assert_eq "${r[*]}" "" empty
sort_array r 5
assert_eq "${r[*]}" "5" single
sort_array r 2 4 3 0 1 5
assert_eq "${r[*]}" "0 1 2 3 4 5" odd-sum
sort_array r 2 4 3 0 1 5 6
assert_eq "${r[*]}" "6 5 4 3 2 1 0" even-sum
sort_array r 21 14 23 11
assert_eq "${r[*]}" "23 21 14 11" desc
echo ok
