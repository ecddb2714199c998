#!/usr/bin/env bash
# Ordinary: a dotfiles setup script: aliases added to ~/.bashrc, git's user
# and editor configured, a pre-commit hook written from a here-string, and
# a JSON answer saved with a here-string after the redirection.
set -euo pipefail
rc="$HOME/.bashrc"
grep -q '# dotfiles' "$rc" 2>/dev/null || {
	echo '# dotfiles'
	echo "alias ll='ls -la'"
	echo "alias gs='git status -sb'"
	echo 'export EDITOR=vim'
} >> "$rc"
alias gl='git log --oneline -n 20'
git config --global user.name "Dana Developer"
git config --global core.editor vim
git config --global pull.rebase true
mkdir -p .git/hooks
cat > .git/hooks/pre-commit <<< $'#!/bin/sh\nmake lint && make test'
chmod +x .git/hooks/pre-commit
json='{"name": "dotfiles", "version": 3}'
jq -r .name > .dotfiles-name <<< "$json" 2>/dev/null || echo "jq missing"
echo "done"
