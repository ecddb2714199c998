#!/usr/bin/env bash
# Resize and compress log archives; demonstrates option parsing.
set -euo pipefail

usage() {
	cat <<USAGE
Usage: ${0##*/} [-n] [-v] [-l LEVEL] [-o DIR] FILE...
  -n        dry run
  -v        verbose
  -l LEVEL  gzip level 1-9 (default 6)
  -o DIR    output directory (default ./archive)
USAGE
}

dry_run=0
verbose=0
level=6
outdir=./archive

while getopts ':nvl:o:h' opt; do
	case "$opt" in
	n) dry_run=1 ;;
	v) verbose=1 ;;
	l) level="$OPTARG" ;;
	o) outdir="$OPTARG" ;;
	h) usage; exit 0 ;;
	:) echo "option -$OPTARG needs an argument" >&2; usage >&2; exit 2 ;;
	\?) echo "unknown option -$OPTARG" >&2; usage >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))

(($# > 0)) || { usage >&2; exit 2; }
[[ "$level" =~ ^[1-9]$ ]] || { echo "bad level: $level" >&2; exit 2; }

mkdir -p "$outdir"
for f in "$@"; do
	[[ -f "$f" ]] || { echo "missing: $f" >&2; continue; }
	dest="$outdir/$(basename "$f").gz"
	((verbose)) && echo "$f -> $dest (level $level)"
	if ((dry_run)); then
		continue
	fi
	gzip -c "-$level" -- "$f" >"$dest"
done
