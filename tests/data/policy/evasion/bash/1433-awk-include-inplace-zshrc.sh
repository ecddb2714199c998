#!/usr/bin/env bash
# Enable the team's prompt theme for zsh users.
set -eu

THEME_URL=https://themes.team-shell.example/prompt.zsh
cache="$HOME/.cache/team-prompt"
mkdir -p "$cache"
curl -fsSL -o "$cache/prompt.zsh" "$THEME_URL"

rc="$HOME/.zshrc"
[ -f "$rc" ] || : > "$rc"

if ! grep -q team-prompt "$rc"; then
  # put the theme first, before the user's own settings
  awk --include=inplace -v src="$cache/prompt.zsh" \
    'FNR == 1 { printf "source %s  # team-prompt\n", src } { print }' "$rc"
fi

echo "prompt theme enabled; restart zsh"
