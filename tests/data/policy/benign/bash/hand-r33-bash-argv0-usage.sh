#!/usr/bin/env bash
# Name the tool in its messages, whatever path it was run from.
BASH_ARGV0=backup-tool
usage() { echo "usage: $0 SRC DEST" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
rsync -a -- "$1" "$2"
