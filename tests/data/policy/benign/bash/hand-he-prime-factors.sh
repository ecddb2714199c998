#!/usr/bin/env bash
# Ordinary: HumanEval-style solution: list the prime factors of n in
# ascending order, with assertions.
factorize() {
  local n=$1 d=2 out=()
  while (( d * d <= n )); do
    while (( n % d == 0 )); do
      out+=("$d")
      (( n /= d ))
    done
    (( d++ ))
  done
  (( n > 1 )) && out+=("$n")
  echo "${out[*]}"
}
check() { [[ "$(factorize "$1")" == "$2" ]] || { echo "FAIL $1"; exit 1; }; }
check 8 "2 2 2"
check 25 "5 5"
check 70 "2 5 7"
check 97 "97"
check 1 ""
echo ok
