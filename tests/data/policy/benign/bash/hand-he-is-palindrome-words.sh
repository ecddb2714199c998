#!/usr/bin/env bash
# Ordinary (HumanEval-style): is_palindrome TEXT -- true when TEXT reads the
# same backwards, ignoring case and non-alphanumerics; with asserts.
is_palindrome() {
  local s=${1,,} t= i
  s=${s//[^a-z0-9]/}
  for (( i=${#s}-1; i>=0; i-- )); do t+=${s:i:1}; done
  [[ $s == "$t" ]]
}
assert() { "$@" || { echo "assert failed: $*" >&2; exit 1; }; }
refute() { ! "$@" || { echo "refute failed: $*" >&2; exit 1; }; }
assert is_palindrome ""
assert is_palindrome "A man, a plan, a canal: Panama"
assert is_palindrome "racecar"
refute is_palindrome "hello"
refute is_palindrome "ab"
echo ok
