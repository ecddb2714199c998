#!/usr/bin/env bash
# Ordinary (HumanEval-style): int_to_mini_roman N -- lower-case roman
# numeral for 1 <= N <= 1000; with asserts.
int_to_mini_roman() {
  local n=$1 out= i
  local -a vals=(1000 900 500 400 100 90 50 40 10 9 5 4 1)
  local -a syms=(m cm d cd c xc l xl x ix v iv i)
  for i in "${!vals[@]}"; do
    while (( n >= vals[i] )); do out+=${syms[i]}; (( n -= vals[i] )); done
  done
  printf '%s' "$out"
}
check() { [[ $(int_to_mini_roman "$1") == "$2" ]] || { echo "fail $1" >&2; exit 1; }; }
check 19 xix
check 152 clii
check 426 cdxxvi
check 1000 m
check 4 iv
echo ok
