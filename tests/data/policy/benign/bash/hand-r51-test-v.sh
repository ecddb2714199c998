#!/usr/bin/env bash
# check whether a cache key is set
set -eu
declare -A cache=([build]=1)
key="cache[build]"
if test -v "$key"; then echo hit; fi
