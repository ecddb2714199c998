#!/usr/bin/env bash
# HumanEval/33: sort the values at indices divisible by three, leave the others in place.
sort_third() {
	local -a l=("$@") thirds
	local i j=0
	mapfile -t thirds < <(for ((i = 0; i < ${#l[@]}; i += 3)); do echo "${l[$i]}"; done | sort -n)
	for ((i = 0; i < ${#l[@]}; i += 3)); do
		l[$i]="${thirds[$j]}"
		j=$((j + 1))
	done
	echo "${l[*]}"
}

declare -a cases=(
	"1 2 3|1 2 3"
	"5 3 -5 2 -3 3 9 0 123 1 -10|1 3 -5 2 -3 3 5 0 123 9 -10"
	"5 8 -12 4 23 2 3 11 12 -10|-10 8 -12 3 23 2 4 11 12 5"
	"5 6 3 4 8 9 2|2 6 3 4 8 9 5"
	"5 8 3 4 6 9 2|2 8 3 4 6 9 5"
	"5 6 9 4 8 3 2 1|2 6 9 4 8 3 5 1"
)
for c in "${cases[@]}"; do
	IFS=' ' read -r -a input <<<"${c%%|*}"
	want="${c#*|}"
	got="$(sort_third "${input[@]}")"
	[[ "$got" == "$want" ]] || {
		echo "sort_third(${c%%|*}) = $got, want $want" >&2
		exit 1
	}
done
echo "sort_third: ${#cases[@]} cases ok"
