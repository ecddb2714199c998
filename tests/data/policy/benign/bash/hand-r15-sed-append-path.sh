#!/usr/bin/env bash
# Put ~/.local/bin on PATH for new shells, once.
set -eu
rc="$HOME/.bashrc"
touch "$rc"
grep -q 'local/bin' "$rc" || sed -i '$a export PATH="$HOME/.local/bin:$PATH"' "$rc"
echo "PATH updated in $rc"
