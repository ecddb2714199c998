#!/usr/bin/env bash
# Ordinary (HumanEval-style): is_palindrome and make_palindrome (shortest
# palindrome starting with the given string), with asserts.
is_palindrome() {
  local s="$1" r
  r=$(rev <<< "$s")
  [[ "$s" == "$r" ]]
}

make_palindrome() {
  local s="$1" i suffix prefix
  [[ -z "$s" ]] && { echo ""; return; }
  for (( i = 0; i < ${#s}; i++ )); do
    suffix="${s:i}"
    if is_palindrome "$suffix"; then
      prefix="${s:0:i}"
      echo "$s$(rev <<< "$prefix")"
      return
    fi
  done
}

[[ "$(make_palindrome '')" == "" ]] || exit 1
[[ "$(make_palindrome 'cat')" == "catac" ]] || exit 1
[[ "$(make_palindrome 'cata')" == "catac" ]] || exit 1
is_palindrome "racecar" || exit 1
! is_palindrome "rm -rf" || exit 1
echo ok
