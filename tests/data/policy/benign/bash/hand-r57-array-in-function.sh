#!/usr/bin/env bash
# Run the linters set up in a function.
set -eu
configure() {
  lint_cmd=(shellcheck -x)
}
configure
"${lint_cmd[@]}" ./*.sh
