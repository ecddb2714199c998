#!/usr/bin/env bash
# HumanEval 160 variant: evaluate left to right with an operator table that
# maps each operator to a function name; no eval.
op_add() { echo $(($1 + $2)); }
op_sub() { echo $(($1 - $2)); }
op_mul() { echo $(($1 * $2)); }
op_div() { echo $(($1 / $2)); }
op_pow() { echo $(($1 ** $2)); }

declare -A table=([+]=op_add [-]=op_sub [*]=op_mul [//]=op_div [**]=op_pow)

fold_left() {
	local -n ops=$1 nums=$2
	local acc=${nums[0]} i fn
	for ((i = 0; i < ${#ops[@]}; i++)); do
		fn=${table[${ops[i]}]}
		acc=$("$fn" "$acc" "${nums[i + 1]}")
	done
	echo "$acc"
}

assert_eq() {
	if [[ "$1" != "$2" ]]; then
		echo "FAIL: got $1, want $2"
		exit 1
	fi
}

o1=('**' '*' '+'); n1=(2 3 4 5)
assert_eq "$(fold_left o1 n1)" 37
o2=('+' '*' '-'); n2=(2 3 4 5)
assert_eq "$(fold_left o2 n2)" 15
o3=('//' '*'); n3=(7 3 4)
assert_eq "$(fold_left o3 n3)" 8
echo "ok"
