#!/usr/bin/env bash
# HumanEval 105: sort the digits 1-9, reverse them, and name them.
# Names are looked up through an indirect variable reference.
name_1=One name_2=Two name_3=Three name_4=Four name_5=Five
name_6=Six name_7=Seven name_8=Eight name_9=Nine

by_length() {
	local -a keep=()
	local d v out=()
	for d in "$@"; do
		((d >= 1 && d <= 9)) && keep+=("$d")
	done
	((${#keep[@]})) || { echo ""; return; }
	while read -r d; do
		v="name_$d"
		out+=("${!v}")
	done < <(printf '%s\n' "${keep[@]}" | sort -rn)
	echo "${out[*]}"
}

check() {
	local want="$1"
	shift
	local got
	got=$(by_length "$@")
	[[ "$got" == "$want" ]] || { echo "FAIL: by_length $* = '$got', want '$want'"; exit 1; }
}

check "Eight Five Four Three Two Two One One" 2 1 1 4 5 8 2 3
check ""
check "One" 1 -1 55
check "Three Two One" 1 -1 3 2
check "Nine Eight Four" 9 4 8
echo ok
