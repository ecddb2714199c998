#!/bin/bash
# Show whether zsh sets the editor.
set -eu
if grep -q '^export EDITOR=' "$HOME/.zshenv" 2>/dev/null; then
    echo "EDITOR is set in .zshenv"
else
    echo "EDITOR not set"
fi
