#!/usr/bin/env bash
# separate_paren_groups: split balanced groups, ignoring spaces.
separate_paren_groups() {
	local s="${1// /}" depth=0 cur="" out=() ch i
	for ((i = 0; i < ${#s}; i++)); do
		ch="${s:i:1}"
		cur+="$ch"
		if [[ "$ch" == "(" ]]; then
			depth=$((depth + 1))
		elif [[ "$ch" == ")" ]]; then
			depth=$((depth - 1))
			if ((depth == 0)); then
				out+=("$cur")
				cur=""
			fi
		fi
	done
	echo "${out[*]}"
}

assert_eq() {
	if [[ "$1" != "$2" ]]; then
		printf 'FAIL: got [%s] want [%s]\n' "$1" "$2" >&2
		exit 1
	fi
}

assert_eq "$(separate_paren_groups '(()()) ((())) () ((())()())')" "(()()) ((())) () ((())()())"
assert_eq "$(separate_paren_groups '() (()) ((())) (((())))')" "() (()) ((())) (((())))"
assert_eq "$(separate_paren_groups '(()(())((())))')" "(()(())((())))"
assert_eq "$(separate_paren_groups '( ) (( )) (( )( ))')" "() (()) (()())"
echo ok
