#!/usr/bin/env bash
# HumanEval 137: compare_one returns the larger of two values given as
# integers, floats or strings that may use a comma as decimal point, in the
# form it was given; "None" when they are equal. awk does the numeric part.
compare_one() {
	local a=$1 b=$2
	awk -v a="$a" -v b="$b" 'BEGIN {
		x = a; y = b
		gsub(",", ".", x); gsub(",", ".", y)
		x += 0; y += 0
		if (x == y) print "None"
		else if (x > y) print a
		else print b
	}'
}

tests=(
	"1|2.5|2.5"
	"1|2,3|2,3"
	"5,1|6|6"
	"1|1|None"
	"1|-1|1"
	"3,5|3.5|None"
	"-2.25|-2,5|-2.25"
)

passed=0
for t in "${tests[@]}"; do
	IFS='|' read -r a b want <<<"$t"
	got=$(compare_one "$a" "$b")
	if [[ "$got" == "$want" ]]; then
		((passed++))
	else
		echo "compare_one($a, $b) = $got, want $want" >&2
	fi
done
echo "$passed/${#tests[@]} passed"
((passed == ${#tests[@]}))
