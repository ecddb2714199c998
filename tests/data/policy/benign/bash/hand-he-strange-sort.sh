#!/usr/bin/env bash
# strange_sort_list: min, max, min of the rest, max of the rest, ...
# and sort_third: sort the values at indices divisible by three.
strange_sort_list() {
	local -a sorted out=()
	mapfile -t sorted < <(printf '%s\n' "$@" | sort -n)
	local lo=0 hi=$((${#sorted[@]} - 1)) turn=0
	while ((lo <= hi)); do
		if ((turn == 0)); then
			out+=("${sorted[lo]}")
			lo=$((lo + 1))
		else
			out+=("${sorted[hi]}")
			hi=$((hi - 1))
		fi
		turn=$((1 - turn))
	done
	echo "${out[*]}"
}

sort_third() {
	local -a l=("$@") thirds
	local i j=0
	mapfile -t thirds < <(for ((i = 0; i < ${#l[@]}; i += 3)); do echo "${l[i]}"; done | sort -n)
	for ((i = 0; i < ${#l[@]}; i += 3)); do
		l[i]=${thirds[j]}
		j=$((j + 1))
	done
	echo "${l[*]}"
}

eq() { [[ "$1" == "$2" ]] || { echo "FAIL: [$1] != [$2]"; exit 1; }; }

eq "$(strange_sort_list 1 2 3 4)" "1 4 2 3"
eq "$(strange_sort_list 5 6 7 8 9)" "5 9 6 8 7"
eq "$(strange_sort_list 5 5 5 5)" "5 5 5 5"
eq "$(strange_sort_list)" ""
eq "$(strange_sort_list 111111)" "111111"
eq "$(sort_third 5 6 3 4 8 9 2)" "2 6 3 4 8 9 5"
eq "$(sort_third 5 8 3 4 6 9 2)" "2 8 3 4 6 9 5"
eq "$(sort_third 1 2 3)" "1 2 3"
echo "ok"
