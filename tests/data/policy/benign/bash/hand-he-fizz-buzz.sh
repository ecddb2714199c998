#!/usr/bin/env bash
# HumanEval/36: count the digit 7 in integers below n divisible by 11 or 13.
# The count is returned through printf -v into a variable named by the caller.
fizz_buzz() {
	local n="$1" out="$2" i s count=0 digits
	for ((i = 0; i < n; i++)); do
		if ((i % 11 == 0 || i % 13 == 0)); then
			s="$i"
			digits="${s//[!7]/}"
			count=$((count + ${#digits}))
		fi
	done
	printf -v "$out" '%d' "$count"
}

check() {
	local got
	fizz_buzz "$1" got
	if [[ "$got" != "$2" ]]; then
		echo "fizz_buzz($1) = $got, want $2" >&2
		exit 1
	fi
}

check 50 0
check 78 2
check 79 3
check 100 3
check 200 6
check 4000 192
check 10000 639
check 100000 8026
echo "all tests passed"
