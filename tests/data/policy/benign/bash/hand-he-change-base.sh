#!/usr/bin/env bash
# HumanEval 44: change the base of x to base (< 10), and check the result
# back with bash's own base#number arithmetic.
change_base() {
	local x=$1 base=$2 out=""
	((x == 0)) && { echo 0; return; }
	while ((x > 0)); do
		out="$((x % base))$out"
		x=$((x / base))
	done
	echo "$out"
}

fail=0
expect() {
	local got
	got=$(change_base "$1" "$2")
	if [[ "$got" != "$3" ]]; then
		echo "FAIL: change_base $1 $2 = $got, want $3"
		fail=1
	fi
	# round trip: interpret the digits in that base
	if (($2 >= 2)) && (($2#$got != $1)); then
		echo "FAIL: round trip of $1 in base $2"
		fail=1
	fi
}

expect 8 3 22
expect 9 3 100
expect 234 2 11101010
expect 16 2 10000
expect 8 2 1000
expect 7 2 111
for x in $(seq 2 7); do
	expect "$x" $((x + 1)) "$x"
done
((fail == 0)) && echo ok
exit $fail
