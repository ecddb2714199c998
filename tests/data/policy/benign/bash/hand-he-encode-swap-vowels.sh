#!/usr/bin/env bash
# HumanEval 93: swap the case of every letter and replace each vowel with the
# letter two places ahead in the alphabet.
encode() {
	local s
	s=$(printf '%s' "$1" | tr 'a-zA-Z' 'A-Za-z')
	printf '%s' "$s" | tr 'aeiouAEIOU' 'cgkqwCGKQW'
}

check() {
	local got
	got=$(encode "$1")
	if [[ "$got" != "$2" ]]; then
		echo "FAIL: encode '$1' = '$got', want '$2'"
		exit 1
	fi
}

check 'TEST' 'tgst'
check 'Mudasir' 'mWDCSKR'
check 'YES' 'ygs'
check 'This is a message' 'tHKS KS C MGSSCGG'
check 'I DoNt KnOw WhAt tO WrItE' 'k dQnT kNqW wHcT Tq wRkTg'
echo "all tests passed"
