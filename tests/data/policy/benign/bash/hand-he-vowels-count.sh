#!/usr/bin/env bash
# HumanEval 64: count vowels; 'y' is a vowel only at the end of the word.
vowels_count() {
	local s="${1,,}" only="${1,,}"
	only="${only//[^aeiou]/}"
	local n=${#only}
	[[ "$s" == *y ]] && n=$((n + 1))
	echo "$n"
}

check() {
	local got
	got=$(vowels_count "$1")
	if [[ "$got" != "$2" ]]; then
		echo "FAIL: vowels_count($1) = $got, want $2"
		exit 1
	fi
}

check abcde 2
check Alone 3
check key 2
check bye 1
check keY 2
check bYe 1
check ACEDY 3
echo ok
