#!/usr/bin/env bash
# anti_shuffle: each word's characters sorted by code point, spaces kept in place.
anti_shuffle() {
	local s=$1 out="" word="" i ch
	flush() {
		if [[ -n $word ]]; then
			out+=$(printf '%s' "$word" | fold -w1 | LC_ALL=C sort | tr -d '\n')
			word=""
		fi
	}
	for ((i = 0; i < ${#s}; i++)); do
		ch=${s:i:1}
		if [[ $ch == " " ]]; then
			flush
			out+=" "
		else
			word+=$ch
		fi
	done
	flush
	printf '%s' "$out"
}

expect() {
	local got
	got=$(anti_shuffle "$1")
	[[ $got == "$2" ]] || { echo "FAIL anti_shuffle('$1') = '$got', want '$2'" >&2; exit 1; }
}

expect 'Hi' 'Hi'
expect 'hello' 'ehllo'
expect 'number' 'bemnru'
expect 'abcd' 'abcd'
expect 'Hello World!!!' 'Hello !!!Wdlor'
expect '' ''
expect 'Hi. My name is Mister Robot. How are you?' '.Hi My aemn is Meirst .Rboot How aer ?ouy'
echo ok
