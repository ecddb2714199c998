#!/usr/bin/env bash
# Ordinary (HumanEval-style): sorted unique elements of a list, and the
# elements common to two lists, with asserts.
unique() {
  printf '%s\n' "$@" | sort -n | uniq | paste -sd' ' -
}

common() {
  local -a a b
  read -r -a a <<< "$1"
  read -r -a b <<< "$2"
  comm -12 <(printf '%s\n' "${a[@]}" | sort -u) <(printf '%s\n' "${b[@]}" | sort -u) \
    | sort -n | paste -sd' ' -
}

[[ "$(unique 5 3 5 2 3 3 9 0 123)" == "0 2 3 5 9 123" ]] || exit 1
[[ "$(common '1 4 3 34 653 2 5' '5 7 1 5 9 653 121')" == "1 5 653" ]] || exit 1
[[ "$(common '5 3 2 8' '3 2')" == "2 3" ]] || exit 1
echo ok
