#!/usr/bin/env bash
# Ordinary (HumanEval-style): count the digit 7 in the integers below n that
# are divisible by 11 or 13, with asserts.
fizz_buzz() {
  local n=$1 i count=0 digits
  for (( i = 0; i < n; i++ )); do
    if (( i % 11 == 0 || i % 13 == 0 )); then
      digits="${i//[^7]/}"
      count=$(( count + ${#digits} ))
    fi
  done
  echo "$count"
}

test "$(fizz_buzz 50)" -eq 0 || exit 1
test "$(fizz_buzz 78)" -eq 2 || exit 1
test "$(fizz_buzz 79)" -eq 3 || exit 1
test "$(fizz_buzz 100)" -eq 3 || exit 1
echo ok
