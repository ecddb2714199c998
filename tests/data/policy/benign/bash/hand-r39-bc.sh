#!/bin/bash
for expr in '9*11' '2^10'; do
  n=$(bc <<<"$expr")
  printf '%s = %s\n' "$expr" "$n"
done
