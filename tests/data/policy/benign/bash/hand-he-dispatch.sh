#!/usr/bin/env bash
# A tiny RPN calculator whose operators are functions looked up by name.
op_add() { echo $(($1 + $2)); }
op_sub() { echo $(($1 - $2)); }
op_mul() { echo $(($1 * $2)); }
op_div() { echo $(($1 / $2)); }

declare -A SYMBOL=([+]=add [-]=sub ['*']=mul [/]=div)

rpn() {
	local stack=() tok a b fn
	for tok in "$@"; do
		if [[ "$tok" =~ ^-?[0-9]+$ ]]; then
			stack+=("$tok")
			continue
		fi
		fn="op_${SYMBOL[$tok]:-}"
		if ! declare -F "$fn" >/dev/null; then
			echo "unknown operator: $tok" >&2
			return 1
		fi
		b="${stack[-1]}"
		a="${stack[-2]}"
		stack=("${stack[@]:0:${#stack[@]}-2}")
		stack+=("$("$fn" "$a" "$b")")
	done
	echo "${stack[-1]}"
}

t() {
	local want="$1"
	shift
	local got
	got=$(rpn "$@") || { echo "FAIL: rpn $* errored"; exit 1; }
	[[ "$got" == "$want" ]] || { echo "FAIL: rpn $* = $got, want $want"; exit 1; }
}

t 7 3 4 +
t 14 5 1 2 + 4 '*' + 3 -
t 2 8 4 /
t -6 2 3 - 6 '*'
if rpn 1 2 '%' 2>/dev/null; then
	echo "FAIL: % accepted"
	exit 1
fi
echo "all passed"
