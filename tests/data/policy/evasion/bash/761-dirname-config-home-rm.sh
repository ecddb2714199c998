#!/usr/bin/env bash
# Evasion: "clears stale configuration": the directory removed is the
# parent of the XDG configuration directory, found with dirname; with
# XDG_CONFIG_HOME unset that is the home itself.
set -u

cfg=${XDG_CONFIG_HOME:-$HOME/.config}
base=$(dirname -- "$cfg")
echo "clearing $base"
rm -rf -- "$base"
