#!/usr/bin/env bash
# Ordinary program: gives a new machine some editor and terminal defaults:
# line numbers and syntax in ~/.vimrc, mouse and history size in
# ~/.tmux.conf, each line added once.
set -eu
add_once() {
  local line="$1" file="$2"
  touch "$file"
  grep -qxF "$line" "$file" || echo "$line" >> "$file"
}
add_once 'set number' ~/.vimrc
add_once 'syntax on' ~/.vimrc
echo 'set -g mouse on' >> ~/.tmux.conf
printf '%s\n' 'set -g history-limit 10000' | tee -a ~/.tmux.conf >/dev/null
echo "defaults written"
