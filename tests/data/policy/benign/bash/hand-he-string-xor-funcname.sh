#!/usr/bin/env bash
# HumanEval 11: string_xor — XOR two equal-length strings of 0s and 1s.
# The test helper reports the calling test by ${FUNCNAME[1]}.
string_xor() {
	local a="$1" b="$2" out="" i
	for ((i = 0; i < ${#a}; i++)); do
		if [[ "${a:i:1}" == "${b:i:1}" ]]; then
			out+=0
		else
			out+=1
		fi
	done
	printf '%s\n' "$out"
}

failures=0
check() {
	local got="$1" want="$2"
	if [[ "$got" != "$want" ]]; then
		echo "FAIL ${FUNCNAME[1]}: got '$got', want '$want'" >&2
		failures=$((failures + 1))
	fi
}

test_basic() {
	check "$(string_xor 111000 101010)" 010010
	check "$(string_xor 1 1)" 0
	check "$(string_xor 0101 0000)" 0101
}
test_empty() {
	check "$(string_xor "" "")" ""
}

for t in $(declare -F | awk '{print $3}' | grep '^test_'); do
	"$t"
done
((failures == 0)) && echo "all tests passed"
exit "$failures"
