#!/usr/bin/env bash
# path_depth: number of components of a normalised absolute path.
path_depth() {
  local p
  p=$(realpath -m -- "$1")
  [ "$p" = / ] && { echo 0; return; }
  local IFS=/
  set -- ${p#/}
  echo $#
}
[ "$(path_depth /usr/lib/../bin)" = 2 ] || exit 1
[ "$(path_depth /)" = 0 ] || exit 1
[ "$(path_depth /a/b/c/)" = 3 ] || exit 1
echo ok
