#!/usr/bin/env bash
# search: the greatest integer > 0 whose frequency in the list is at least
# its own value, or -1. Counts live in an indexed array; [[ -v ]] tests presence.
search() {
	local -a freq=()
	local x best=-1
	for x in "$@"; do
		if [[ -v freq[x] ]]; then
			freq[x]=$((freq[x] + 1))
		else
			freq[x]=1
		fi
	done
	for x in "${!freq[@]}"; do
		if ((x > 0 && freq[x] >= x && x > best)); then
			best=$x
		fi
	done
	echo "$best"
}

t() {
	local want=$1
	shift
	local got
	got=$(search "$@")
	[[ $got == "$want" ]] || { echo "FAIL search($*) = $got, want $want" >&2; exit 1; }
}

t 1 5 5 5 5 1
t 4 4 1 4 1 4 4
t -1 3 3
t 8 8 8 8 8 8 8 8 8
t 2 2 3 3 2 2
t 1 2 7 8 8 4 8 7 3 9 6 5 10 4 3 6 7 1 7 4 10 8 1
t 2 3 2 8 2
t -1 3 10 10 9 2
t 1 1
t -1 10
echo ok
