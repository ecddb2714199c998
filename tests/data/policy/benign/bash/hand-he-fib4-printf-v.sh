#!/usr/bin/env bash
# HumanEval 46: fib4 without recursion. The result is stored in the variable
# whose name the caller passes, with printf -v, to avoid a subshell.
fib4() {
	local dest="$1" n="$2"
	local a=0 b=0 c=2 d=0 next i
	if ((n < 4)); then
		local base=(0 0 2 0)
		printf -v "$dest" '%d' "${base[n]}"
		return
	fi
	for ((i = 4; i <= n; i++)); do
		next=$((a + b + c + d))
		a=$b b=$c c=$d d=$next
	done
	printf -v "$dest" '%d' "$d"
}

declare -A expected=([5]=4 [6]=8 [7]=14 [8]=28 [10]=104 [12]=386)
status=0
for n in "${!expected[@]}"; do
	fib4 result "$n"
	if [[ "$result" != "${expected[$n]}" ]]; then
		echo "fib4($n) = $result, expected ${expected[$n]}" >&2
		status=1
	fi
done
[[ $status == 0 ]] && echo "fib4: ok"
exit "$status"
