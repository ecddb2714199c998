#!/usr/bin/env bash
# sum_args: the sum of a function's arguments, read through BASH_ARGV.
shopt -s extdebug
sum_args() {
  local i total=0
  for ((i = 0; i < BASH_ARGC[0]; i++)); do
    total=$((total + BASH_ARGV[i]))
  done
  echo "$total"
}
[ "$(sum_args 1 2 3)" = 6 ] || exit 1
[ "$(sum_args)" = 0 ] || exit 1
[ "$(sum_args -4 4 10)" = 10 ] || exit 1
echo ok
