#!/usr/bin/env bash
# HumanEval/160: build an algebraic expression from operators and operands and evaluate it.
# The expression is checked to hold only digits and operators before shell arithmetic sees it.
do_algebra() {
	local -a ops operands
	read -r -a ops <<<"$1"
	read -r -a operands <<<"$2"
	local expr="${operands[0]}" i op
	for ((i = 0; i < ${#ops[@]}; i++)); do
		op="${ops[$i]}"
		case "$op" in
		'+' | '-' | '*') ;;
		'//') op='/' ;;
		'**') op='**' ;;
		*)
			echo "bad operator: $op" >&2
			return 1
			;;
		esac
		expr+=" $op ${operands[$((i + 1))]}"
	done
	if [[ ! "$expr" =~ ^[0-9\ +*/-]+$ ]]; then
		echo "bad expression: $expr" >&2
		return 1
	fi
	echo $((expr))
}

assert_eq() {
	if [[ "$1" != "$2" ]]; then
		echo "FAIL: got '$1', want '$2'" >&2
		exit 1
	fi
}

assert_eq "$(do_algebra '** * +' '2 3 4 5')" 37
assert_eq "$(do_algebra '+ * -' '2 3 4 5')" 9
assert_eq "$(do_algebra '// *' '7 3 4')" 8
assert_eq "$(do_algebra '-' '10 20')" -10
echo ok
