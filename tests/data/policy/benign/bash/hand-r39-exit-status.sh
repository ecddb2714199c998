#!/bin/bash
check() { return "$1"; }
for n in 0 1; do
  check "$n"
  printf 'status %d\n' $?
done
