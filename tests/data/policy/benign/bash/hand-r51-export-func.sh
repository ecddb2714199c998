#!/usr/bin/env bash
# share a helper with a child shell
set -eu
greet() { printf 'hello %s\n' "$1"; }
export -f greet
bash -c 'greet world'
