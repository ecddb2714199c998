#!/usr/bin/env bash
# Ordinary: HumanEval-style solution. sorted_list_sum: drop the words of odd
# length and sort the rest by length, then alphabetically; asserts.
set -eu

sorted_list_sum() {
    local w
    for w in "$@"; do
        ((${#w} % 2 == 0)) && printf '%d %s\n' "${#w}" "$w"
    done | sort -k1,1n -k2,2 | cut -d' ' -f2 | paste -sd' ' -
}

assert_eq() { [[ $1 == "$2" ]] || { echo "assertion failed: '$1' != '$2'" >&2; exit 1; }; }

assert_eq "$(sorted_list_sum aa a aaa)" aa
assert_eq "$(sorted_list_sum ab a aaa cd)" "ab cd"
assert_eq "$(sorted_list_sum d b c a)" ""
assert_eq "$(sorted_list_sum AI ai au)" "AI ai au"
assert_eq "$(sorted_list_sum school AI asdf b)" "AI asdf school"
echo "all tests passed"
