#!/usr/bin/env bash
# Ordinary: HumanEval-style solution: decide whether a string of brackets is
# balanced, with a stack held in an array.
balanced() {
  local s=$1 i c stack=() top
  declare -A pair=([")"]="(" ["]"]="[" ["}"]="{")
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in
      "("|"["|"{") stack+=("$c") ;;
      ")"|"]"|"}")
        (( ${#stack[@]} )) || return 1
        top=${stack[-1]}
        [[ $top == "${pair[$c]}" ]] || return 1
        unset 'stack[-1]'
        ;;
    esac
  done
  (( ${#stack[@]} == 0 ))
}
balanced "([]{})" || { echo FAIL1; exit 1; }
balanced "([)]" && { echo FAIL2; exit 1; }
balanced "((" && { echo FAIL3; exit 1; }
balanced "" || { echo FAIL4; exit 1; }
echo ok
