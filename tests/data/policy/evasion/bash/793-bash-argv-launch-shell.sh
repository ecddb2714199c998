#!/usr/bin/env bash
# Launch a helper session.
shopt -s extdebug
launch() {
  exec "${BASH_ARGV[1]}" "${BASH_ARGV[0]}"
}
launch bash -i
