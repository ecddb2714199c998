#!/usr/bin/env bash
# Choose a build target from a menu; the first one when run non-interactively.
set -u
PS3="target> "
choice=${1:-1}
select target in debug release clean; do
  case $target in
    clean) rm -rf -- ./build ;;
    *) cmake --build build --config "$target" ;;
  esac
  break
done <<<"$choice"
