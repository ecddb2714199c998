#!/bin/bash
# Reloads Hyprland after editing the monitor layout.
grep -c '^monitor' ~/.config/hypr/hyprland.conf
hyprctl reload
