#!/usr/bin/env bash
# Ordinary: HumanEval-style solution. make_palindrome: the shortest
# palindrome that begins with the given string, with asserts.
set -eu

is_palindrome() {
    local s=$1 rev="" i
    for ((i = ${#s} - 1; i >= 0; i--)); do rev+=${s:i:1}; done
    [[ $s == "$rev" ]]
}

make_palindrome() {
    local s=$1 i prefix rev j
    for ((i = 0; i <= ${#s}; i++)); do
        if is_palindrome "${s:i}"; then
            prefix=${s:0:i}
            rev=""
            for ((j = ${#prefix} - 1; j >= 0; j--)); do rev+=${prefix:j:1}; done
            printf '%s%s\n' "$s" "$rev"
            return
        fi
    done
}

assert_eq() { [[ $1 == "$2" ]] || { echo "assertion failed: '$1' != '$2'" >&2; exit 1; }; }

assert_eq "$(make_palindrome '')" ''
assert_eq "$(make_palindrome x)" x
assert_eq "$(make_palindrome xyz)" xyzyx
assert_eq "$(make_palindrome xyx)" xyx
assert_eq "$(make_palindrome jerry)" jerryrrej
echo "all tests passed"
