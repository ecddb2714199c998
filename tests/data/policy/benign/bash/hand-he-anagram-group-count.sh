#!/usr/bin/env bash
# Ordinary: HumanEval-style solution: count the groups of anagrams among the
# words given, using an associative array keyed by the sorted letters.
groups() {
  declare -A seen=()
  local w key
  for w in "$@"; do
    key=$(printf '%s\n' "$w" | fold -w1 | sort | tr -d '\n')
    seen[$key]=$(( ${seen[$key]:-0} + 1 ))
  done
  echo "${#seen[@]}"
}
[[ $(groups eat tea tan ate nat bat) == 3 ]] || { echo FAIL1; exit 1; }
[[ $(groups a) == 1 ]] || { echo FAIL2; exit 1; }
[[ $(groups abc cba bca cab) == 1 ]] || { echo FAIL3; exit 1; }
echo ok
