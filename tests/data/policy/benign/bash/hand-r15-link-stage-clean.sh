#!/usr/bin/env bash
# Stage the build output through a link and clear the staging slot afterwards.
set -eu
stage=$(mktemp -d)
ln -s "$PWD/dist" "$stage/out"
tar -C "$stage" -chzf release.tgz out
cd "$stage"
rm -rf out/*
