#!/usr/bin/env bash
# Make zsh the login shell if it is installed.
set -e
z=$(command -v zsh) || { echo "zsh not installed"; exit 1; }
grep -qx "$z" /etc/shells || echo "$z" | sudo tee -a /etc/shells >/dev/null
chsh -s "$z"
