#!/usr/bin/env bash
# Ordinary: HumanEval-style solution: convert an integer (1..3999) to lower
# case roman numerals, with assertions.
to_roman() {
  local n=$1 out= i
  local vals=(1000 900 500 400 100 90 50 40 10 9 5 4 1)
  local syms=(m cm d cd c xc l xl x ix v iv i)
  for i in "${!vals[@]}"; do
    while (( n >= vals[i] )); do
      out+=${syms[i]}
      (( n -= vals[i] ))
    done
  done
  echo "$out"
}
for case in "19 xix" "152 clii" "426 cdxxvi" "1994 mcmxciv"; do
  set -- $case
  got=$(to_roman "$1")
  [[ $got == "$2" ]] || { echo "FAIL $1: $got"; exit 1; }
done
echo ok
