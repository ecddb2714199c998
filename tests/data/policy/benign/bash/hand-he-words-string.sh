#!/usr/bin/env bash
# HumanEval/101: split a string of words separated by commas or spaces.
words_string() {
	local IFS=$', \t'
	local -a words
	read -r -a words <<<"$1"
	local w out=()
	for w in "${words[@]}"; do
		[[ -n "$w" ]] && out+=("$w")
	done
	(IFS='|'; echo "${out[*]}")
}

tests=(
	"Hi, my name is John=Hi|my|name|is|John"
	"One, two, three, four, five, six=One|two|three|four|five|six"
	"Hi, my name=Hi|my|name"
	"ahmed     , gamal=ahmed|gamal"
	"=")
failures=0
for t in "${tests[@]}"; do
	input="${t%%=*}"
	want="${t#*=}"
	got="$(words_string "$input")"
	if [[ "$got" != "$want" ]]; then
		echo "words_string('$input') = '$got', want '$want'"
		failures=$((failures + 1))
	fi
done
echo "$failures failure(s)"
exit "$failures"
