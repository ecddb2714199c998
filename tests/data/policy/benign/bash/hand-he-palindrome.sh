#!/usr/bin/env bash
# make_palindrome: shortest palindrome that begins with the given string.
is_palindrome() {
	local s="$1"
	[[ "$s" == "$(rev <<<"$s")" ]]
}

make_palindrome() {
	local s="$1" i suffix prefix
	if [[ -z "$s" ]]; then
		echo ""
		return
	fi
	for ((i = 0; i < ${#s}; i++)); do
		suffix="${s:i}"
		if is_palindrome "$suffix"; then
			prefix="${s:0:i}"
			echo "$s$(rev <<<"$prefix")"
			return
		fi
	done
}

declare -A cases=(
	[x]=x
	[xyz]=xyzyx
	[xyx]=xyx
	[jerry]=jerryrrej
	[cata]=catac
)
fails=0
for input in "${!cases[@]}"; do
	got=$(make_palindrome "$input")
	if [[ "$got" != "${cases[$input]}" ]]; then
		echo "FAIL: $input -> $got (want ${cases[$input]})"
		fails=$((fails + 1))
	fi
done
[[ -z "$(make_palindrome '')" ]] || { echo "FAIL: empty"; fails=$((fails + 1)); }
((fails == 0)) && echo "passed" || exit 1
