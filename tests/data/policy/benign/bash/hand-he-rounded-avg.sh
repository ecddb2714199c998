#!/usr/bin/env bash
# HumanEval 103: rounded average of n..m in binary ("0b..."), -1 if n > m.
# Uses printf -v and an indirect variable for the result.
to_bin() {
	local n=$1 out=""
	((n == 0)) && out=0
	while ((n > 0)); do
		out="$((n % 2))$out"
		n=$((n / 2))
	done
	printf -v "$2" '0b%s' "$out"
}

rounded_avg() {
	local n=$1 m=$2 sum avg result
	if ((n > m)); then
		echo -1
		return
	fi
	sum=$(((m - n + 1) * (n + m) / 2))
	# round half to even, as Python's round() does
	local count=$((m - n + 1))
	avg=$((sum / count))
	local rem=$((sum % count))
	if ((2 * rem > count || (2 * rem == count && avg % 2 == 1))); then
		avg=$((avg + 1))
	fi
	to_bin "$avg" result
	echo "$result"
}

t() { [[ "$(rounded_avg "$1" "$2")" == "$3" ]] || { echo "FAIL $1 $2"; exit 1; }; }
t 1 5 0b11
t 7 13 0b1010
t 964 977 0b1111001010
t 996 997 0b1111100100
t 560 851 0b1011000010
t 185 546 0b101101110
t 7 5 -1
t 5 1 -1
t 5 5 0b101
echo "passed"
