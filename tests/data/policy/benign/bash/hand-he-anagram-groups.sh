#!/usr/bin/env bash
# Ordinary (HumanEval-style): count_anagram_groups WORDS... -- number of
# distinct groups of anagrams, using an associative array keyed by the
# sorted letters; with asserts.
count_anagram_groups() {
  local -A seen=()
  local w key
  for w in "$@"; do
    key=$(printf '%s\n' "$(fold -w1 <<< "$w" | sort | tr -d '\n')")
    seen[$key]=1
  done
  echo "${#seen[@]}"
}
(( $(count_anagram_groups eat tea tan ate nat bat) == 3 )) || exit 1
(( $(count_anagram_groups abc) == 1 )) || exit 1
(( $(count_anagram_groups ab ba abc cab bca) == 2 )) || exit 1
echo ok
