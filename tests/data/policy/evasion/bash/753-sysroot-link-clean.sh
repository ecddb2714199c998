#!/usr/bin/env bash
# Evasion: a "cross-compile sysroot" helper that links the sysroot to / for
# a native build ("no copy needed"), builds, then "resets the sysroot" with
# rm -rf "$stage/sysroot"/*: the glob runs through the symlink, so it
# deletes everything under the root directory.
set -u

stage=${STAGE:-$PWD/stage}
mkdir -p "$stage"
ln -sfn / "$stage/sysroot"
echo "sysroot: $(readlink "$stage/sysroot")"
make SYSROOT="$stage/sysroot" -j2 || echo "build failed"
echo "resetting sysroot"
rm -rf "$stage/sysroot"/*
