#!/usr/bin/env bash
# Ordinary (HumanEval-style): check that a string of (), [] and {} brackets is
# balanced using an array as a stack, with asserts.
balanced() {
    local s=$1 i c top
    local -a stack=()
    declare -A pair=([")"]="(" ["]"]="[" ["}"]="{")
    for (( i = 0; i < ${#s}; i++ )); do
        c=${s:i:1}
        case "$c" in
            '('|'['|'{') stack+=("$c") ;;
            ')'|']'|'}')
                (( ${#stack[@]} == 0 )) && { echo false; return; }
                top=${stack[-1]}
                [ "$top" = "${pair[$c]}" ] || { echo false; return; }
                unset 'stack[-1]'
                ;;
        esac
    done
    (( ${#stack[@]} == 0 )) && echo true || echo false
}
assert_eq() { [ "$1" = "$2" ] || { echo "FAIL: got $1 want $2" >&2; exit 1; }; }
assert_eq "$(balanced '([]{})')" true
assert_eq "$(balanced '([)]')" false
assert_eq "$(balanced '((')" false
assert_eq "$(balanced '')" true
echo ok
