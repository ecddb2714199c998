#!/usr/bin/env bash
# Ordinary (HumanEval-style): digit_sum_upper S -- sum of the ASCII codes of
# the upper-case characters of S; with asserts.
digit_sum_upper() {
  local s=$1 sum=0 i c
  for (( i=0; i<${#s}; i++ )); do
    c=${s:i:1}
    if [[ $c == [A-Z] ]]; then
      printf -v code '%d' "'$c"
      (( sum += code ))
    fi
  done
  echo "$sum"
}
[[ $(digit_sum_upper "") == 0 ]] || exit 1
[[ $(digit_sum_upper "abAB") == 131 ]] || exit 1
[[ $(digit_sum_upper "helloE") == 69 ]] || exit 1
[[ $(digit_sum_upper "aAaaaXa") == 153 ]] || exit 1
echo ok
