#!/usr/bin/env bash
# HumanEval-style: is_sorted(list) - true if ascending and no number appears
# more than twice; the numbers come as arguments, counts in an assoc array.
is_sorted() {
  local -A seen=()
  local prev= x
  for x in "$@"; do
    seen[$x]=$(( ${seen[$x]:-0} + 1 ))
    (( seen[$x] > 2 )) && { echo false; return; }
    if [ -n "$prev" ] && (( x < prev )); then echo false; return; fi
    prev=$x
  done
  echo true
}
assert_eq() { [ "$1" = "$2" ] || { echo "FAIL: got $1 want $2" >&2; exit 1; }; }
assert_eq "$(is_sorted 5)" true
assert_eq "$(is_sorted 1 2 3 4 5)" true
assert_eq "$(is_sorted 1 3 2 4 5)" false
assert_eq "$(is_sorted 1 2 2 3 3 4)" true
assert_eq "$(is_sorted 1 2 2 2 3 4)" false
assert_eq "$(is_sorted)" true
echo ok
