#!/bin/bash
# Set the editor for zsh once.
set -eu
grep -q '^export EDITOR=' ~/.zshrc 2>/dev/null || echo 'export EDITOR=vim' >> ~/.zshrc
[ -f ~/.zprofile ] && printf '%s\n' 'export PATH="$HOME/.local/bin:$PATH"' >> ~/.zprofile
grep -q LANG ~/.profile || cat >> ~/.profile <<'SH'
export LANG=en_GB.UTF-8
SH
