#!/usr/bin/env bash
# HumanEval 117: select_words(s, n) lists the words of s that have exactly
# n consonants. The result is returned through a nameref array.
consonants() {
	local w=${1,,}
	w=${w//[^a-z]/}
	w=${w//[aeiou]/}
	echo "${#w}"
}

select_words() {
	local -n result=$1
	local s=$2 n=$3 word
	result=()
	local -a words
	read -ra words <<<"$s"
	for word in "${words[@]}"; do
		(($(consonants "$word") == n)) && result+=("$word")
	done
}

check() {
	local want=$1
	shift
	local got=()
	select_words got "$@"
	local IFS=,
	if [[ "${got[*]}" != "$want" ]]; then
		echo "select_words('$1', $2) = [${got[*]}], want [$want]" >&2
		exit 1
	fi
}

check "little" "Mary had a little lamb" 4
check "Mary,lamb" "Mary had a little lamb" 3
check "" "simple white space" 2
check "world" "Hello world" 4
check "Uncle" "Uncle sam" 3
check "" "" 4
check "b,c,d,f" "a b c d e f" 1
echo PASS
