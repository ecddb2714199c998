#!/bin/bash
conf=~/.config/hypr/hyprland.conf
grep -q 'exec-once = waybar' "$conf" || printf 'exec-once = %s\n' waybar >> "$conf"
