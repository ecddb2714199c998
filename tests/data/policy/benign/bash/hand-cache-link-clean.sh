#!/usr/bin/env bash
# Ordinary: keeps the build cache in a directory under the project's build/,
# reached through a convenience symlink .cache -> build/cache, and cleans it
# by removing everything under the link.
set -euo pipefail

root=$(cd "$(dirname "$0")" && pwd)
cache=$root/build/cache
link=$root/.cache
mkdir -p "$cache"
[ -L "$link" ] || ln -sfn "$cache" "$link"
case ${1:-stats} in
  stats) echo "$(find -L "$link" -type f | wc -l) cached files, $(du -shL "$link" | cut -f1)" ;;
  clean)
    shopt -s dotglob nullglob
    rm -rf -- "$link"/*
    echo "cache cleaned"
    ;;
  *) echo "usage: $0 [stats|clean]" >&2; exit 2 ;;
esac
