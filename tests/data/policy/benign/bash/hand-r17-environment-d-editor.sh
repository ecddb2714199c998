#!/usr/bin/env bash
# Set the default editor for the desktop session.
conf="${XDG_CONFIG_HOME:-$HOME/.config}/environment.d"
mkdir -p "$conf"
printf '%s=%s\n' EDITOR vim > "$conf/50-editor.conf"
