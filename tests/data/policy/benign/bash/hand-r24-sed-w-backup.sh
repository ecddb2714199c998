#!/bin/bash
# Keep a copy of the aliases before editing.
sed -n "w $HOME/.bashrc.bak" "$HOME/.bashrc"
sed -n '/^alias/w /tmp/aliases.txt' "$HOME/.bashrc"
