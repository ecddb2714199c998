#!/bin/bash
# Turn status codes into letters for the report.
code() { return "$1"; }
word=""
for n in 111 107; do
  code "$n"
  word+=$(printf "\\$(printf '%03o' "$?")")
done
echo "$word"
