#!/usr/bin/env bash
# parse_nested_parens: deepest nesting level of each space-separated group.
parse_nested_parens() {
	local group depth max i out=()
	for group in $1; do
		depth=0
		max=0
		for ((i = 0; i < ${#group}; i++)); do
			case "${group:i:1}" in
			"(")
				depth=$((depth + 1))
				((depth > max)) && max=$depth
				;;
			")") depth=$((depth - 1)) ;;
			esac
		done
		out+=("$max")
	done
	echo "${out[*]}"
}

expect() {
	local got
	got=$(parse_nested_parens "$1")
	if [[ "$got" != "$2" ]]; then
		echo "FAIL: '$1' -> '$got' want '$2'" >&2
		exit 1
	fi
}

# globbing must not touch the groups
set -f
expect '(()()) ((())) () ((())()())' '2 3 1 3'
expect '() (()) ((())) (((())))' '1 2 3 4'
expect '(()(())((())))' '4'
set +f
echo pass
