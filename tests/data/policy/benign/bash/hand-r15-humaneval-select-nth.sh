#!/usr/bin/env bash
# nth_word: the n-th word of a list (1-based), chosen through select.
nth_word() {
  local n=$1 w
  shift
  PS3=""
  select w in "$@"; do
    printf '%s' "$w"
    break
  done <<<"$n" 2>/dev/null
}
[ "$(nth_word 2 apple banana cherry)" = banana ] || exit 1
[ "$(nth_word 1 x)" = x ] || exit 1
[ "$(nth_word 3 a b c d)" = c ] || exit 1
echo ok
