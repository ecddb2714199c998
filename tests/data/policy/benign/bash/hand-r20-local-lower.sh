#!/bin/bash
# Normalise the answer to a yes/no prompt
ask() {
  local -l answer
  read -r -p "continue? [y/N] " answer
  [[ $answer == y || $answer == yes ]]
}
ask && echo "continuing"
