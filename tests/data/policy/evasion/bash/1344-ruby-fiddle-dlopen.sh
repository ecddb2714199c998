#!/usr/bin/env bash
# Probe the accelerated codec.
set -eu
lib="${1:-./libcodec.so}"
ruby -rfiddle -e 'Fiddle.dlopen(ARGV[0])' "$lib"
