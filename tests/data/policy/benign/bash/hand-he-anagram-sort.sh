#!/usr/bin/env bash
# HumanEval 86 (anti_shuffle) done with coreutils: sort the characters of each
# word, keep the spaces where they are.
sort_word() {
	printf '%s' "$1" | fold -w1 | LC_ALL=C sort | tr -d '\n'
}

anti_shuffle() {
	local s=$1 out="" word="" ch i
	for ((i = 0; i < ${#s}; i++)); do
		ch=${s:i:1}
		if [[ "$ch" == " " ]]; then
			out+="$(sort_word "$word") "
			word=""
		else
			word+=$ch
		fi
	done
	out+=$(sort_word "$word")
	printf '%s' "$out"
}

check() {
	local got
	got=$(anti_shuffle "$1")
	[[ "$got" == "$2" ]] || { echo "FAIL: '$1' -> '$got' (want '$2')"; exit 1; }
}

check 'Hi' 'Hi'
check 'hello' 'ehllo'
check 'number' 'bemnru'
check 'abcd' 'abcd'
check 'Hello World!!!' 'Hello !!!Wdlor'
check '' ''
check 'Hi. My name is Mister Robot. How are you?' '.Hi My aemn is Meirst .Rboot How aer ?ouy'
echo "ok"
