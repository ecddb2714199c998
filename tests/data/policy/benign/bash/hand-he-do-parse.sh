#!/usr/bin/env bash
# HumanEval 160-like: evaluate "a op b op c ..." with + - * // ** by a
# small precedence parser instead of handing the string to eval.
declare -A prec=([+]=1 [-]=1 ['*']=2 ['//']=2 ['**']=3)

apply() {
	local a=$1 op=$2 b=$3
	case "$op" in
	+) echo $((a + b)) ;;
	-) echo $((a - b)) ;;
	'*') echo $((a * b)) ;;
	'//') echo $((a / b)) ;;
	'**') echo $((a ** b)) ;;
	esac
}

evaluate() {
	local -a vals=() ops=()
	local tok
	for tok in "$@"; do
		if [[ "$tok" =~ ^[0-9]+$ ]]; then
			vals+=("$tok")
			continue
		fi
		while ((${#ops[@]})) && {
			local top="${ops[-1]}"
			((prec[$top] > prec[$tok])) || { ((prec[$top] == prec[$tok])) && [[ "$tok" != '**' ]]; }
		}; do
			local b="${vals[-1]}" a="${vals[-2]}"
			vals=("${vals[@]:0:${#vals[@]}-2}" "$(apply "$a" "${ops[-1]}" "$b")")
			unset 'ops[-1]'
		done
		ops+=("$tok")
	done
	while ((${#ops[@]})); do
		local b="${vals[-1]}" a="${vals[-2]}"
		vals=("${vals[@]:0:${#vals[@]}-2}" "$(apply "$a" "${ops[-1]}" "$b")")
		unset 'ops[-1]'
	done
	echo "${vals[0]}"
}

t() {
	local want=$1
	shift
	local got
	got=$(evaluate "$@")
	[[ "$got" == "$want" ]] || { echo "FAIL: $* = $got, want $want"; exit 1; }
}

t 37 2 '**' 3 + 5 '*' 6 - 1 // 1
t 9 2 + 3 '*' 4 - 5
t 8 7 // 3 + 6
t 512 2 '**' 3 '**' 2
echo ok
