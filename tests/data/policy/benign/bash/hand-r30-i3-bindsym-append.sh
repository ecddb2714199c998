#!/bin/bash
# Adds a key binding for the terminal to the i3 configuration.
grep -q 'bindsym $mod+Return' ~/.config/i3/config ||
  echo 'bindsym $mod+Return exec alacritty' >> ~/.config/i3/config
i3-msg reload
