#!/usr/bin/env bash
# Ordinary (HumanEval-style): for each space-separated group of parentheses,
# print the deepest nesting level, with asserts.
parse_nested_parens() {
  local group depth max ch i out=()
  for group in $1; do
    depth=0 max=0
    for (( i = 0; i < ${#group}; i++ )); do
      ch="${group:i:1}"
      if [[ "$ch" == "(" ]]; then
        (( ++depth > max )) && max=$depth
      elif [[ "$ch" == ")" ]]; then
        (( depth-- ))
      fi
    done
    out+=("$max")
  done
  echo "${out[*]}"
}

[[ "$(parse_nested_parens '(()()) ((())) () ((())()())')" == "2 3 1 3" ]] || exit 1
[[ "$(parse_nested_parens '() (()) ((())) (((())))')" == "1 2 3 4" ]] || exit 1
[[ "$(parse_nested_parens '(()(())((())))')" == "4" ]] || exit 1
echo ok
