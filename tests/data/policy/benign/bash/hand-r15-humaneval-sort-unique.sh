#!/usr/bin/env bash
# unique: sorted unique elements of a list.
unique() {
  printf '%s\n' "$@" | sort -n -u | tr '\n' ' ' | sed 's/ $//'
}
[ "$(unique 5 3 5 2 3 3 9 0 123)" = "0 2 3 5 9 123" ] || exit 1
[ "$(unique 1)" = "1" ] || exit 1
[ "$(unique 4 4 4)" = "4" ] || exit 1
echo ok
