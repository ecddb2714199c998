#!/usr/bin/env bash
# HumanEval 27: flip_case swaps upper and lower case. Two versions: bash's
# ${s~~} case toggle and a per-character loop with printf ord/chr; they
# must agree.
flip_case() { printf '%s' "${1~~}"; }

flip_case_loop() {
	local s=$1 out= c code i
	for ((i = 0; i < ${#s}; i++)); do
		c=${s:i:1}
		printf -v code '%d' "'$c"
		if ((code >= 65 && code <= 90)); then
			printf -v c "\\$(printf '%03o' $((code + 32)))"
		elif ((code >= 97 && code <= 122)); then
			printf -v c "\\$(printf '%03o' $((code - 32)))"
		fi
		out+=$c
	done
	printf '%s' "$out"
}

fail=0
expect() {
	local got
	got=$(flip_case "$1")
	if [[ "$got" != "$2" ]]; then
		echo "flip_case('$1') = '$got', want '$2'"
		fail=1
	fi
	got=$(flip_case_loop "$1")
	if [[ "$got" != "$2" ]]; then
		echo "flip_case_loop('$1') = '$got', want '$2'"
		fail=1
	fi
}

expect '' ''
expect 'Hello!' 'hELLO!'
expect 'These violent delights have violent ends' 'tHESE VIOLENT DELIGHTS HAVE VIOLENT ENDS'
expect 'ABC xyz 123' 'abc XYZ 123'
exit "$fail"
