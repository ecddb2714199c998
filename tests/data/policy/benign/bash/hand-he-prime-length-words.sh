#!/usr/bin/env bash
# HumanEval 143: words_in_sentence keeps the words whose length is prime,
# in order. Words are taken with a regex loop over BASH_REMATCH.
is_prime() {
	local n=$1 d
	((n < 2)) && return 1
	for ((d = 2; d * d <= n; d++)); do
		((n % d == 0)) && return 1
	done
	return 0
}

words_in_sentence() {
	local rest=$1 out=() word
	while [[ $rest =~ ^[[:space:]]*([^[:space:]]+)(.*)$ ]]; do
		word=${BASH_REMATCH[1]}
		rest=${BASH_REMATCH[2]}
		is_prime "${#word}" && out+=("$word")
	done
	local IFS=' '
	printf '%s\n' "${out[*]}"
}

assert_eq() {
	[[ "$1" == "$2" ]] || {
		printf 'FAIL: got %q want %q\n' "$1" "$2" >&2
		exit 1
	}
}

assert_eq "$(words_in_sentence 'This is a test')" "is"
assert_eq "$(words_in_sentence 'lets go for swimming')" "go for"
assert_eq "$(words_in_sentence 'there is no place available here')" "there is no place"
assert_eq "$(words_in_sentence 'Hi I am Hussein')" "Hi am Hussein"
assert_eq "$(words_in_sentence 'go for it')" "go for it"
assert_eq "$(words_in_sentence 'here')" ""
assert_eq "$(words_in_sentence 'here is')" "is"
echo "all tests passed"
