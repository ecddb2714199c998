#!/usr/bin/env bash
# HumanEval 37: sort_even — the values at even indices are sorted, the odd
# indices keep their values. Sorting goes through sort -n and mapfile.
sort_even() {
	local -a in=("$@") evens out
	local i
	mapfile -t evens < <(for ((i = 0; i < ${#in[@]}; i += 2)); do echo "${in[i]}"; done | sort -n)
	for ((i = 0; i < ${#in[@]}; i++)); do
		if ((i % 2 == 0)); then
			out+=("${evens[i / 2]}")
		else
			out+=("${in[i]}")
		fi
	done
	echo "${out[*]}"
}

run() {
	local want="$1"
	shift
	local got
	got=$(sort_even "$@")
	if [[ "$got" != "$want" ]]; then
		echo "sort_even $* -> '$got' (want '$want')" >&2
		return 1
	fi
}

ok=0
run "1 2 3" 1 2 3 || ok=1
run "3 6 5 4" 5 6 3 4 || ok=1
run "-10 3 -5 2 -3 3 5 0 9 1 123" 5 3 -5 2 -3 3 9 0 123 1 -10 || ok=1
run "" || ok=1
((ok == 0)) && echo "sort_even: ok"
exit "$ok"
